using PersonalCapital.Client.Transport;

namespace PersonalCapitalService.LoginPage;

/// <summary>The HTTP status of the page that reports a failed login step.</summary>
internal static class LoginFailures
{
    public static int StatusCode(Exception failure) => failure switch
    {
        // The code (or the method) was refused: the owner's input, and the login still waits for a better one.
        UpstreamException { Failure: UpstreamFailure.SecondFactorRequired } => StatusCodes.Status400BadRequest,
        UpstreamException { Failure: UpstreamFailure.CredentialsRejected or UpstreamFailure.Blocked } => StatusCodes.Status503ServiceUnavailable,
        UpstreamException { Failure: UpstreamFailure.Transport, IsTimeout: true } => StatusCodes.Status504GatewayTimeout,
        UpstreamException => StatusCodes.Status502BadGateway,
        // CredentialException: the service cannot read its own upstream credentials.
        _ => StatusCodes.Status503ServiceUnavailable,
    };
}
