using PersonalCapital.Client.Login;
using PersonalCapital.Client.Transport;
using PersonalCapitalService.LoginPage;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>The page's rendering (its Razor component, rendered without a server) and input rules.</summary>
public sealed class LoginPageHtmlTests
{
    private static readonly DateTimeOffset SomeTime = new(2024, 2, 29, 13, 5, 9, TimeSpan.FromHours(2));

    [Fact]
    public async Task Text_from_the_upstream_is_encoded_never_markup()
    {
        var model = Model(LoginStep.Start, status: Status(SessionState.CredentialsRejected,
            detail: "<script>alert(\"x\")</script> & <b onmouseover='y'>"));

        var html = await Render(model);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b onmouseover=&#x27;y&#x27;&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_sentence_is_encoded_too_and_replaces_the_notice()
    {
        var html = await Render(Model(LoginStep.ChooseMethod, outcome: LoginOutcome.CodeNeeded, error: "Sending failed: <i>"));

        Assert.Contains("role=\"alert\" id=\"error\">Sending failed: &lt;i&gt;</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_and_links_follow_the_path_base_and_carry_the_token()
    {
        var waiting = await Render(Model(LoginStep.EnterCode, pathBase: "/bridge", token: "tok\"en",
            sent: new SentChallenge(TwoFactorMethod.Voice, SomeTime)));
        var done = await Render(Model(LoginStep.LoggedIn, pathBase: "/bridge", status: Status(SessionState.Authenticated)));

        Assert.Contains("<form method=\"post\" action=\"/bridge/login/code\">", waiting, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/bridge/login/challenge\">", waiting, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(waiting, "name=\"__RequestVerificationToken\" value=\"tok&quot;en\""));
        Assert.Contains("value=\"voice\" checked", waiting, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2024-02-29T11:05:09Z\">2024-02-29 11:05:09 UTC</time>", waiting, StringComparison.Ordinal);
        Assert.Contains("href=\"/bridge/health/ready\"", done, StringComparison.Ordinal);
        Assert.Contains("href=\"/bridge/dashboard\"", done, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_sign_in_offers_sms_alone_even_when_another_method_is_preferred()
    {
        var html = await Render(Model(LoginStep.ChooseMethod, onlySms: true, preferred: TwoFactorMethod.Totp));

        Assert.Equal(1, CountOf(html, "type=\"radio\""));
        Assert.Contains("value=\"sms\" checked", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(LoginOutcome.LoggedIn), nameof(LoginStep.ChooseMethod))]
    [InlineData(nameof(LoginOutcome.CodeSent), nameof(LoginStep.LoggedIn))]
    [InlineData(nameof(LoginOutcome.CodeNeeded), nameof(LoginStep.Start))]
    public async Task An_outcome_the_state_has_moved_past_is_not_announced(string outcomeName, string stepName)
    {
        var outcome = Enum.Parse<LoginOutcome>(outcomeName);
        var step = Enum.Parse<LoginStep>(stepName);
        var html = await Render(Model(step, outcome: outcome, status: Status(SessionState.Unknown),
            sent: step == LoginStep.EnterCode ? new SentChallenge(TwoFactorMethod.Sms, SomeTime) : null));

        Assert.DoesNotContain("role=\"status\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SessionState.Unknown, false, nameof(LoginStep.Start))]
    [InlineData(SessionState.CredentialsRejected, true, nameof(LoginStep.Start))]
    [InlineData(SessionState.Blocked, true, nameof(LoginStep.Start))]
    [InlineData(SessionState.NeedsSecondFactor, false, nameof(LoginStep.ChooseMethod))]
    [InlineData(SessionState.NeedsSecondFactor, true, nameof(LoginStep.EnterCode))]
    [InlineData(SessionState.Authenticated, true, nameof(LoginStep.LoggedIn))]
    public void The_next_step_follows_the_state_and_the_challenge_sent(SessionState state, bool sent, string expected) =>
        Assert.Equal(expected, LoginSteps.Next(state, sent ? new SentChallenge(TwoFactorMethod.Email, SomeTime) : null).ToString());

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("12-34-56", "123456")]
    public void A_code_may_be_pasted_with_spaces_or_dashes(string typed, string expected)
    {
        Assert.Null(LoginCode.Problem(typed, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("12345a")]
    [InlineData("１２３４５６")]
    [InlineData("1234567890123")]
    public void Anything_else_is_refused_before_it_goes_upstream(string? typed)
    {
        Assert.NotNull(LoginCode.Problem(typed, out var code));
        Assert.Equal("", code);
    }

    [Fact]
    public void Only_the_known_outcome_names_are_read_from_the_query()
    {
        Assert.All(Enum.GetValues<LoginOutcome>(), o => Assert.Equal(o, LoginOutcomes.Parse(o.QueryValue())));
        Assert.Null(LoginOutcomes.Parse("<b>hello</b>"));
        Assert.Null(LoginOutcomes.Parse("LoggedIn"));
        Assert.Null(LoginOutcomes.Parse(null));
    }

    [Theory]
    [InlineData("sms", TwoFactorMethod.Sms)]
    [InlineData("EMAIL", TwoFactorMethod.Email)]
    [InlineData(" voice ", TwoFactorMethod.Voice)]
    [InlineData("totp", TwoFactorMethod.Totp)]
    public void Method_names_of_the_radio_buttons_are_read_in_any_case(string value, TwoFactorMethod expected)
    {
        Assert.True(TwoFactorMethodNames.TryParse(value, out var method));
        Assert.Equal(expected, method);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pigeon")]
    [InlineData("0")]
    [InlineData("text")]
    public void Anything_else_is_no_method(string? value) => Assert.False(TwoFactorMethodNames.TryParse(value, out _));

    private static Task<string> Render(LoginPageModel model) => ComponentHtml.RenderAsync<LoginPageView>(model);

    private static SessionStatus Status(SessionState state, string? detail = null) =>
        new(state, SomeTime, null, state == SessionState.CredentialsRejected ? UpstreamFailure.CredentialsRejected : null, 0, detail);

    private static LoginPageModel Model(
        LoginStep step,
        SessionStatus? status = null,
        SentChallenge? sent = null,
        bool onlySms = false,
        TwoFactorMethod preferred = TwoFactorMethod.Sms,
        string token = "token",
        string pathBase = "",
        LoginOutcome? outcome = null,
        string? error = null) =>
        new(status ?? Status(SessionState.NeedsSecondFactor), step, sent, onlySms, preferred, token, pathBase, outcome, error);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
