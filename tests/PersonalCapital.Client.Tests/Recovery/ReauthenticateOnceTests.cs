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
/// An upstream that refuses the session it has just authenticated (the stale-session reports of §3.3, §5): one data
/// call logs in once, not once per retry. A handler in the client's HTTP pipeline makes the sandbox answer every
/// getAccounts with "not authenticated" and every querySession with a level below authenticated; logins pass.
/// </summary>
public sealed class ReauthenticateOnceTests
{
    [Fact]
    public async Task A_session_refused_right_after_its_renewal_is_not_logged_into_again_in_the_same_call()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"),
            o => o.Retry.MaxAttempts = 6,
            services: s => s.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new RefusesEverySession())));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        var before = await sandbox.GetStatsAsync();

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        var after = await sandbox.GetStatsAsync();
        Assert.Equal(UpstreamFailure.SessionExpired, failure.Failure);
        Assert.Equal(before[AuthenticatePassword] + 1, after[AuthenticatePassword]);
        Assert.Equal(before.Challenges, after.Challenges);
    }

    private sealed class RefusesEverySession : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var path = request.RequestUri!.AbsolutePath;
            if (path is not (GetAccounts or QuerySession))
            {
                return response;
            }
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
            var header = body["spHeader"]!.AsObject();
            header["authLevel"] = "USER_IDENTIFIED";
            if (path == GetAccounts)
            {
                header["success"] = false;
                header["errors"] = new JsonArray(new JsonObject { ["code"] = 201, ["message"] = "Session not authenticated." });
                body.Remove("spData");
            }
            response.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            return response;
        }
    }
}
