using System.Net;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>An upstream body the service cannot use is a 502 problem on every data route, never a 500.</summary>
public sealed class UnusableUpstreamAnswerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "a repeated spHeader", """{"spHeader":{"success":true},"spHeader":{"success":true},"spData":{}}""" },
        { "a repeated key in a row", """{"spHeader":{"success":true},"spData":{"accounts":[{"name":"a","name":"b"}],"transactions":[{"amount":1,"amount":2}],"holdings":[{"ticker":"X","ticker":"Y"}]}}""" },
        { "a repeated key deep down", """{"spHeader":{"success":true,"errors":[{"code":1,"code":2}]},"spData":{}}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_duplicate_json_key_in_a_data_answer_is_a_502_on_every_data_route(string what, string body)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var upstream = await TamperingUpstream.StartAsync(sandbox);
        await using var service = await RunningService.StartAsync(upstream.BaseAddress,
            new Dictionary<string, string?> { ["PersonalCapital:Retry:MaxAttempts"] = "2" });
        await service.LogInAsync();
        upstream.Tamper = path => IsDataCall(path) ? new TamperedAnswer(body) : null;

        foreach (var route in new[] { "accounts", "trans/30", "trans/all/lastmonth", "holdings", "holdings/classifications" })
        {
            using var response = await service.Client.GetAsync(route);
            var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadGateway, $"{route} with {what}");
            Assert.DoesNotContain("Exception", problem["detail"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        }
    }

    private static bool IsDataCall(string path) => !path.Contains("/login/", StringComparison.Ordinal) && !path.Contains("/credential/", StringComparison.Ordinal);
}
