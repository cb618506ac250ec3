using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PersonalCapitalService.LoginPage;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>A forged antiforgery cookie is an outsider's input: refused with the page, logged as one warning, never an error with a trace.</summary>
public sealed class ForgedAntiforgeryTests
{
    [Fact]
    public async Task A_forged_antiforgery_cookie_is_refused_without_an_error_or_a_stack_trace_in_the_log()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = service.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RunningService.BasicUser}:{RunningService.BasicPassword}")));
        http.DefaultRequestHeaders.Add("Cookie", $"{LoginPageSetup.AntiforgeryCookieName}=CfDJ8forged-cookie-value-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        using var page = await http.GetAsync("login");
        using var form = await http.PostAsync("login/start", new FormUrlEncodedContent(
            [new(LoginPageSetup.AntiforgeryFieldName, "CfDJ8forged-token-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains(AntiforgeryFailureFilter.Refusal, await form.Content.ReadAsStringAsync());
        Assert.DoesNotContain(service.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", service.Logs.AllText);
        Assert.Equal(0, sandbox.Stats["/api/login/identifyUser"]);
    }
}
