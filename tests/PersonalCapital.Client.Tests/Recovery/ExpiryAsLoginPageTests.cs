using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Recovery;

/// <summary>
/// The upstream may tell an expired session by answering a data call with its HTML home page (a redirect followed;
/// upstream-protocol §4.3, §5 "non-JSON content type"). The sandbox always answers JSON, so a handler in the client's
/// HTTP pipeline turns its "not authenticated" answers to data calls into that page.
/// </summary>
public sealed class ExpiryAsLoginPageTests
{
    [Fact]
    public async Task A_login_page_instead_of_data_on_an_expired_session_leads_to_one_silent_login()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"),
            services: s => s.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new ExpiryAsLoginPage())));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();
        var before = await sandbox.GetStatsAsync();

        await harness.Client.GetAccountsAsync();

        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before[IdentifyUser] + 1, after[IdentifyUser]);
        Assert.Equal(before[AuthenticatePassword] + 1, after[AuthenticatePassword]);
        Assert.Equal(before.Challenges, after.Challenges);
        Assert.Equal(before[GetAccounts] + 2, after[GetAccounts]);
    }

    [Fact]
    public async Task A_login_page_that_needs_a_human_stops_at_needs_second_factor()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.MfaEverySignIn = true);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"),
            services: s => s.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new ExpiryAsLoginPage())));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.SecondFactorRequired, failure.Failure);
        Assert.Equal(SessionState.NeedsSecondFactor, harness.Client.Status.State);
        Assert.Equal(1, (await sandbox.GetStatsAsync()).Challenges);
    }

    private sealed class ExpiryAsLoginPage : DelegatingHandler
    {
        private static readonly string[] DataPaths = [GetAccounts, GetAccounts2, GetUserTransactions];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!DataPaths.Contains(request.RequestUri!.AbsolutePath)
                || response.Content.Headers.ContentType?.MediaType != "application/json")
            {
                return response;
            }
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var notAuthenticated = body?["spHeader"]?["errors"] is JsonArray errors
                && errors.Any(e => e?["code"]?.GetValue<int>() == 201);
            if (notAuthenticated)
            {
                response.Content = new StringContent(
                    "<!doctype html><html><body><script>window.csrf ='0b7e6c1a-52d4-4d8f-a1e3-9c2f7b64d0e5';</script></body></html>",
                    Encoding.UTF8,
                    "text/html");
            }
            else
            {
                response.Content = new StringContent(body!.ToJsonString(), Encoding.UTF8, "application/json");
            }
            return response;
        }
    }
}
