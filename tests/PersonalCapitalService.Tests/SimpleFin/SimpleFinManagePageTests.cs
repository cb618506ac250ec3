using System.Net;
using System.Text.RegularExpressions;
using PersonalCapitalService.Tests.LoginPage;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>/manage/simplefin: the owner makes a setup token (shown once), sees the connected app, and revokes it.</summary>
public sealed partial class SimpleFinManagePageTests : IAsyncLifetime
{
    private const string Page = "manage/simplefin/";

    private SimpleFinWorld _world = null!;

    public async Task InitializeAsync() => _world = await SimpleFinWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_token_made_on_the_page_claims_into_access_that_the_page_lists_and_revokes()
    {
        using var browser = LoginPageClient.For(_world.Routes.Service);
        var page = await browser.GetPageAsync("manage/simplefin");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("None yet", page.Html);

        var made = await browser.PostAsync("tokens", under: Page);
        Assert.Equal(HttpStatusCode.OK, made.Status);
        var token = WebUtility.HtmlDecode(SetupToken().Match(made.Html).Groups["t"].Value);
        // Made from the request's address: no SimpleFin__PublicUrl in this world.
        Assert.StartsWith(_world.Routes.Service.BaseAddress.AbsoluteUri + "simplefin/claim/", SimpleFinConsumer.ClaimUrl(token).AbsoluteUri);
        var access = await _world.Consumer.ClaimAccessUrlAsync(token);
        var (user, _) = SimpleFinConsumer.Credentials(access);

        var listed = await browser.GetPageAsync("manage/simplefin");
        Assert.Contains(user, listed.Html);
        Assert.DoesNotContain("setup-token", listed.Html);

        var revoked = await browser.PostAsync("revoke", [new("id", user)], under: Page);
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Contains($"Revoked {user}", revoked.Html);
        Assert.Equal(HttpStatusCode.Forbidden, (await _world.Consumer.GetAsync(access, "accounts", "balances-only=1")).Status);
    }

    [Fact]
    public async Task Forms_without_the_antiforgery_token_change_nothing_and_the_page_needs_the_owner()
    {
        using var browser = LoginPageClient.For(_world.Routes.Service);
        await browser.GetPageAsync("manage/simplefin");
        var access = await _world.NewAccessUrlAsync();
        var (user, _) = SimpleFinConsumer.Credentials(access);

        var forged = await browser.PostAsync("tokens", withToken: false, under: Page);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.DoesNotContain("setup-token", forged.Html);
        var forgedRevoke = await browser.PostAsync("revoke", [new("id", user)], withToken: false, under: Page);
        Assert.Equal(HttpStatusCode.BadRequest, forgedRevoke.Status);
        Assert.Equal(HttpStatusCode.OK, (await _world.Consumer.GetAsync(access, "accounts", "balances-only=1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync("revoke", [new("id", "sfin-unknown")], under: Page)).Status);

        using var anonymous = LoginPageClient.For(_world.Routes.Service, credentials: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetPageAsync("manage/simplefin")).Status);
    }

    [GeneratedRegex("<textarea id=\"setup-token\"[^>]*>(?<t>[^<]+)</textarea>")]
    private static partial Regex SetupToken();
}
