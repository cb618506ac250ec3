using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Login;

namespace PersonalCapitalService.LoginPage;

/// <summary>Everything one rendering of the page shows.</summary>
/// <param name="Status">The client's session status.</param>
/// <param name="Step">The form to offer.</param>
/// <param name="Sent">The challenge sent, while a code is expected.</param>
/// <param name="OnlySms">The waiting login offers SMS only (Empower's new sign-in).</param>
/// <param name="PreferredMethod">The method checked first (the configured one).</param>
/// <param name="FormToken">Antiforgery token for the hidden field of every form.</param>
/// <param name="PathBase">Prefix of the service's URLs (empty unless hosted under a path).</param>
/// <param name="Outcome">What the last form achieved, after its redirect.</param>
/// <param name="Error">Why the last form failed; shown instead of an outcome.</param>
public sealed record LoginPageModel(
    SessionStatus Status,
    LoginStep Step,
    SentChallenge? Sent,
    bool OnlySms,
    TwoFactorMethod PreferredMethod,
    string FormToken,
    string PathBase,
    LoginOutcome? Outcome,
    string? Error)
{
    public static LoginPageModel Capture(HttpContext http, LoginOutcome? outcome, string? error)
    {
        var services = http.RequestServices;
        var client = services.GetRequiredService<PersonalCapitalClient>();
        var status = client.Status;
        var sent = client.WaitingChallenge;
        var step = LoginSteps.Next(status.State, sent);
        return new LoginPageModel(
            status,
            step,
            step == LoginStep.EnterCode ? sent : null,
            client.SecondFactorOffersOnlySms,
            services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value.TwoFactorMethod,
            http.FormToken(),
            http.Request.PathBase.Value ?? "",
            outcome,
            error);
    }
}
