using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Sandbox;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Resilience;

/// <summary>
/// The upstream's everyday trouble at a realistic rate (upstream-protocol §4.3–4.4): every data call still succeeds,
/// and none of it causes a login.
/// </summary>
public sealed class FaultToleranceTests
{
    private const int Calls = 40;
    private const double Rate = 0.2;

    // Not Cloudflare: a challenge is never retried but cools down (CloudflareCoolDownTests).
    public static TheoryData<string> Faults => ["MissingSpData", "Html", "TooManyRequests", "ServerError"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Every_data_call_succeeds_through_a_fifth_of_faulty_answers(string fault)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o =>
        {
            Set(o.Faults, fault, Rate);
            o.Faults.RetryAfterSeconds = 0;
            o.Faults.Seed = 7;
        });
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.Retry.MaxAttempts = 10);
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        var afterLogin = await sandbox.GetStatsAsync();

        for (var i = 0; i < Calls; i++)
        {
            switch (i % 3)
            {
                case 0:
                    await harness.Client.GetAccountsAsync();
                    break;
                case 1:
                    await harness.Client.GetAccounts2Async();
                    break;
                default:
                    await harness.Client.GetTransactionsAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));
                    break;
            }
        }

        var stats = await sandbox.GetStatsAsync();
        var dataCalls = stats[GetAccounts] + stats[GetAccounts2] + stats[GetUserTransactions];
        // The faults did happen: some calls took more than one attempt.
        Assert.True(dataCalls > Calls, $"{dataCalls} data requests for {Calls} calls: no fault was injected");
        Assert.Equal(afterLogin.Login, stats.Login);
        Assert.Equal(SessionState.Authenticated, harness.Client.Status.State);
        Assert.Equal(0, harness.Client.Status.ConsecutiveFailures);
        Assert.Null(harness.Client.Status.LastFailure);
    }

    private static void Set(FaultOptions faults, string fault, double rate)
    {
        switch (fault)
        {
            case "MissingSpData":
                faults.MissingSpData = rate;
                break;
            case "Html":
                faults.Html = rate;
                break;
            case "TooManyRequests":
                faults.TooManyRequests = rate;
                break;
            case "ServerError":
                faults.ServerError = rate;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }
}
