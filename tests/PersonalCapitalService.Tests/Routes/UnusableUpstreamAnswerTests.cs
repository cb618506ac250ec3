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
            AssertToldInWords(problem["detail"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_upstream_that_cannot_be_reached_is_a_502_told_in_words_not_a_dotnet_type()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var service = await RunningService.StartAsync(new Uri($"http://127.0.0.1:{port}/"));

        using var response = await service.Client.GetAsync("accounts");

        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadGateway, "closed port");
        var detail = problem["detail"]!.GetValue<string>();
        AssertToldInWords(detail);
        Assert.Contains("Empower could not be reached while opening Empower's sign-in page: the connection was refused", detail);
        Assert.Contains("PersonalCapital__BaseUrl", detail);
    }

    [Fact]
    public async Task An_upstream_server_error_names_what_was_being_done()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var upstream = await TamperingUpstream.StartAsync(sandbox);
        await using var service = await RunningService.StartAsync(upstream.BaseAddress,
            new Dictionary<string, string?> { ["PersonalCapital:Retry:MaxAttempts"] = "2" });
        await service.LogInAsync();
        upstream.Tamper = path => path.EndsWith("/getAccounts", StringComparison.Ordinal) ? new TamperedAnswer("<h1>down</h1>", "text/html", 503) : null;

        using var response = await service.Client.GetAsync("accounts");

        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadGateway, "503 upstream");
        var detail = problem["detail"]!.GetValue<string>();
        AssertToldInWords(detail);
        Assert.StartsWith("Empower answered with an error (HTTP 503) while reading the accounts.", detail);
    }

    /// <summary>What happened and what to do: no .NET type, no upstream path, no protocol field.</summary>
    private static void AssertToldInWords(string detail)
    {
        foreach (var jargon in new[] { "Exception", "newaccount/", "page/login", "goHome", "spData", "spHeader", "error codes" })
        {
            Assert.DoesNotContain(jargon, detail, StringComparison.Ordinal);
        }
    }

    private static bool IsDataCall(string path) => !path.Contains("/login/", StringComparison.Ordinal) && !path.Contains("/credential/", StringComparison.Ordinal);
}
