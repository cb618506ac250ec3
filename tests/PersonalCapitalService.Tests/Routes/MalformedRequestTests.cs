using System.Net;
using System.Net.Sockets;
using System.Text;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// Requests Kestrel refuses before any middleware runs (a malformed request line, a URL or headers over its limits):
/// the status is right and nothing leaks, and the service keeps serving. Kestrel writes these answers itself with an
/// empty body and offers no hook to give them a problem+json body (the README says so); everything that reaches the
/// application gets one.
/// </summary>
public sealed class MalformedRequestTests
{
    public static TheoryData<string, string, int> Requests => new()
    {
        { "a malformed request line", "GET /\u0000 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400 },
        { "a URL over Kestrel's limit", $"GET /{new string('a', 10_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n", 414 },
        { "headers over Kestrel's limit", $"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('b', 40_000)}\r\n\r\n", 431 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Kestrels_own_refusals_have_the_right_status_leak_nothing_and_the_service_keeps_serving(string what, string request, int status)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        var answer = await SendRawAsync(service.BaseAddress, request);

        Assert.True(answer.StartsWith($"HTTP/1.1 {status} ", StringComparison.Ordinal), $"{what}: {answer}");
        Assert.DoesNotContain("   at ", answer);
        Assert.DoesNotContain("Exception", answer);
        using var hello = await service.Client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
    }

    [Fact]
    public async Task A_bad_query_value_that_reaches_the_application_is_a_problem_json_400()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        using var response = await service.Client.GetAsync("health/ready?strict=maybe");

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "strict=maybe");
    }

    [Fact]
    public async Task A_form_over_kestrels_body_limit_is_refused_by_the_login_page_not_a_500()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox,
            new Dictionary<string, string?> { ["Kestrel:Limits:MaxRequestBodySize"] = "1000" });
        using var form = new FormUrlEncodedContent([new("code", new string('1', 5000))]);

        using var response = await service.Client.PostAsync("login/code", form);

        // The antiforgery check cannot read the form, so the page refuses it before anything goes upstream.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was sent upstream", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, sandbox.Stats["/api/login/identifyUser"]);
    }

    private static async Task<string> SendRawAsync(Uri address, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        return Encoding.Latin1.GetString(buffer, 0, read);
    }
}
