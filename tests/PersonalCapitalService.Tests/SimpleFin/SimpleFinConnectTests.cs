using System.Net;
using System.Text;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>The connect flow and who may call /simplefin: token → claim → access URL; claims, revocation, wrong and owner credentials.</summary>
public sealed class SimpleFinConnectTests : IAsyncLifetime
{
    private SimpleFinWorld _world = null!;

    // These tests send many wrong credentials from one address on purpose; the throttle has a test of its own.
    public async Task InitializeAsync() =>
        _world = await SimpleFinWorld.StartAsync(new Dictionary<string, string?> { ["BasicAuth:MaxFailures"] = "100" });

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_setup_token_is_the_base64_of_a_claim_url_under_the_public_url_and_claims_once_into_an_access_url()
    {
        var token = await _world.NewSetupTokenAsync();
        var service = _world.Routes.Service.BaseAddress;

        var claimUrl = SimpleFinConsumer.ClaimUrl(token);
        Assert.StartsWith(service.AbsoluteUri.TrimEnd('/') + "/simplefin/claim/", claimUrl.AbsoluteUri);

        var (status, body) = await _world.Consumer.ClaimAsync(token);
        Assert.Equal(HttpStatusCode.OK, status);
        var access = new Uri(body);
        Assert.Equal(service.Host, access.Host);
        Assert.Equal(service.Port, access.Port);
        Assert.Equal("/simplefin", access.AbsolutePath);
        var (user, password) = SimpleFinConsumer.Credentials(access);
        Assert.NotEqual(RunningService.BasicUser, user);
        Assert.True(password.Length >= 32, "the secret is long and random");

        var again = await _world.Consumer.ClaimAsync(token);
        Assert.Equal(HttpStatusCode.Forbidden, again.Status);

        var accounts = await _world.Consumer.GetAsync(access, "accounts", "balances-only=1");
        Assert.Equal(HttpStatusCode.OK, accounts.Status);
        Assert.True(accounts.Json.GetProperty("accounts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task An_unknown_token_is_refused_and_info_lists_the_versions()
    {
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes(_world.Routes.Service.BaseAddress.AbsoluteUri + "simplefin/claim/not-a-token"));
        Assert.Equal(HttpStatusCode.Forbidden, (await _world.Consumer.ClaimAsync(forged)).Status);

        var access = await _world.NewAccessUrlAsync();
        var info = await _world.Consumer.GetAsync(access, "info", "", credentials: null);
        Assert.Equal(HttpStatusCode.OK, info.Status);
        var versions = info.Json.GetProperty("versions").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Contains("1.0", versions);
        Assert.Contains("2", versions);
    }

    [Fact]
    public async Task Wrong_missing_and_owner_credentials_get_403_and_a_revoked_credential_gets_403_at_once()
    {
        var access = await _world.NewAccessUrlAsync();
        var (user, password) = SimpleFinConsumer.Credentials(access);

        Assert.Equal(HttpStatusCode.Forbidden, (await _world.Consumer.GetAsync(access, "accounts", "", (user, password + "x"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _world.Consumer.GetAsync(access, "accounts", "", ("sfin-000000000000", password))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _world.Consumer.GetAsync(access, "accounts", "", credentials: null)).Status);
        var owner = await _world.Consumer.GetAsync(access, "accounts", "", (RunningService.BasicUser, RunningService.BasicPassword));
        Assert.Equal(HttpStatusCode.Forbidden, owner.Status);
        Assert.Equal("application/problem+json", owner.MediaType);
        Assert.DoesNotContain(password, owner.Body);

        foreach (var garbage in new[] { "Basic !!!", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("no-colon")), "Bearer abc" })
        {
            using var raw = _world.Routes.Service.NewClient(null, null);
            using var request = new HttpRequestMessage(HttpMethod.Get, "simplefin/accounts");
            request.Headers.TryAddWithoutValidation("Authorization", garbage);
            using var refused = await raw.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await _world.Consumer.GetAsync(access, "accounts", "balances-only=1")).Status);
        var listed = await _world.CredentialsVerbAsync("list");
        Assert.Equal(0, listed.Exit);
        Assert.Contains($"{user}\t", listed.Output);
        Assert.Contains("active", listed.Output);
        Assert.DoesNotContain(password, listed.Output);

        var revoke = await _world.CredentialsVerbAsync("revoke", user);
        Assert.True(revoke.Exit == 0, revoke.Error);
        Assert.Equal(HttpStatusCode.Forbidden, (await _world.Consumer.GetAsync(access, "accounts", "balances-only=1")).Status);
        Assert.Contains("revoked", (await _world.CredentialsVerbAsync("list")).Output);
        Assert.Equal(1, (await _world.CredentialsVerbAsync("revoke", user)).Exit);
    }

    [Fact]
    public async Task The_owner_credentials_still_open_the_owner_routes_and_access_credentials_do_not()
    {
        var access = await _world.NewAccessUrlAsync();
        var (user, password) = SimpleFinConsumer.Credentials(access);

        Assert.Equal(HttpStatusCode.OK, (await _world.Routes.Service.Client.GetAsync("accounts")).StatusCode);
        using var withAccess = _world.Routes.Service.NewClient(user, password);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withAccess.GetAsync("accounts")).StatusCode);
    }

    [Fact]
    public async Task The_access_file_holds_hashes_only_and_is_private()
    {
        var token = await _world.NewSetupTokenAsync();
        var access = await _world.Consumer.ClaimAccessUrlAsync(token);
        var (_, password) = SimpleFinConsumer.Credentials(access);
        var file = Path.Combine(Path.GetDirectoryName(_world.Routes.Service.SessionFile)!, "simplefin-access.json");

        var content = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(password, content);
        Assert.DoesNotContain(SimpleFinConsumer.ClaimUrl(token).Segments[^1], content);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
        Assert.DoesNotContain(_world.Routes.Service.Logs.Lines, l => l.Contains(password, StringComparison.Ordinal));
    }
}
