namespace PersonalCapital.Client.Tests.Support;

/// <summary>The request paths the sandbox counts, as the upstream names them (upstream-protocol §2.1–2.2).</summary>
internal static class UpstreamPaths
{
    public const string GoHome = "/page/login/goHome";
    public const string IdentifyUser = "/api/login/identifyUser";
    public const string QuerySession = "/api/login/querySession";
    public const string ChallengeSms = "/api/credential/challengeSms";
    public const string ChallengeEmail = "/api/credential/challengeEmail";
    public const string ChallengePhone = "/api/credential/challengePhone";
    public const string ChallengeTotp = "/api/credential/challengeTotp";
    public const string AuthenticateSms = "/api/credential/authenticateSms";
    public const string AuthenticateEmail = "/api/credential/authenticateEmailByCode";
    public const string AuthenticatePhone = "/api/credential/authenticatePhone";
    public const string AuthenticateTotp = "/api/credential/authenticateTotpCode";
    public const string AuthenticatePassword = "/api/credential/authenticatePassword";
    public const string MultiauthAuthenticate = "/api/auth/multiauth/noauth/authenticate";
    public const string AuthenticateToken = "/api/credential/authenticateToken";
    public const string ChallengeSmsFreemium = "/api/credential/challengeSmsFreemium";
    public const string AuthenticateSmsFreemium = "/api/credential/authenticateSmsFreemium";
    public const string GetAccounts = "/api/newaccount/getAccounts";
    public const string GetAccounts2 = "/api/newaccount/getAccounts2";
    public const string GetUserTransactions = "/api/transaction/getUserTransactions";

    public static readonly string[] Challenges = [ChallengeSms, ChallengeEmail, ChallengePhone, ChallengeTotp, ChallengeSmsFreemium];

    public static readonly string[] Multiauth = [MultiauthAuthenticate, AuthenticateToken, ChallengeSmsFreemium, AuthenticateSmsFreemium];

    public static readonly string[] Login =
    [
        GoHome, IdentifyUser, ChallengeSms, ChallengeEmail, ChallengePhone, ChallengeTotp, AuthenticateSms, AuthenticateEmail,
        AuthenticatePhone, AuthenticateTotp, AuthenticatePassword, MultiauthAuthenticate, AuthenticateToken, ChallengeSmsFreemium,
        AuthenticateSmsFreemium,
    ];
}
