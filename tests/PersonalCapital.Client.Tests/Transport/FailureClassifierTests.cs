using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Tests.Transport;

/// <summary>The one place failures are classified (upstream-protocol §4.3–4.4, §5): each status, header and error code.</summary>
public sealed class FailureClassifierTests
{
    private const string Operation = "newaccount/getAccounts";

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.NoContent)]
    public void A_success_status_is_no_failure(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Null(FailureClassifier.FromStatus(response, Operation));
    }

    [Fact]
    public void A_cloudflare_challenge_is_blocked_and_never_retried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.Add("cf-mitigated", "challenge");
        response.Headers.Add("cf-ray", "8f00aa11bb22cc33-SBX");

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        // Retrying into a challenge makes it worse (§12): the session cools down instead.
        Assert.False(failure.IsTransient);
        Assert.True(failure.IsCloudflareChallenge);
        Assert.Equal(403, failure.StatusCode);
        Assert.Contains("while reading the accounts", failure.Message);
    }

    [Fact]
    public void A_plain_forbidden_is_a_final_upstream_error()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.False(failure.IsTransient);
        Assert.Equal(403, failure.StatusCode);
    }

    [Fact]
    public void Too_many_requests_is_blocked_with_the_retry_after_in_seconds()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(17));

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(17), failure.RetryAfter);
    }

    [Fact]
    public void Too_many_requests_with_a_retry_after_date_waits_until_then()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddHours(1));

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        Assert.InRange(failure.RetryAfter!.Value, TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public void Too_many_requests_without_retry_after_leaves_the_wait_to_the_client()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        Assert.Null(failure.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public void Server_errors_and_request_timeouts_are_transient_upstream_errors(int status)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Equal(status, failure.StatusCode);
    }

    [Fact]
    public void A_service_unavailable_keeps_its_retry_after()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), FailureClassifier.FromStatus(response, Operation)!.RetryAfter);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(410)]
    public void Other_client_errors_are_final_upstream_errors(int status)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        var failure = FailureClassifier.FromStatus(response, Operation)!;

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.False(failure.IsTransient);
        Assert.Equal(status, failure.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void No_answer_is_a_transient_transport_failure(bool timedOut)
    {
        var cause = timedOut ? (Exception)new TaskCanceledException() : new HttpRequestException("Connection refused");

        var failure = FailureClassifier.FromTransport(cause, Operation, timedOut);

        Assert.Equal(UpstreamFailure.Transport, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Equal(timedOut, failure.IsTimeout);
        Assert.Same(cause, failure.InnerException);
        Assert.Null(failure.StatusCode);
    }

    [Fact]
    public void A_page_instead_of_the_envelope_is_a_transient_upstream_error()
    {
        var failure = FailureClassifier.NotAnEnvelope(Operation, "text/html");

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Equal(200, failure.StatusCode);
        Assert.Contains("a web page", failure.Message);
        Assert.True(failure.MayMeanExpiredSession);
    }

    [Theory]
    [InlineData("malformed JSON")]
    [InlineData("JSON without spHeader")]
    [InlineData("text/plain")]
    [InlineData(null)]
    public void Only_a_page_may_mean_the_session_is_gone(string? what)
    {
        var failure = FailureClassifier.NotAnEnvelope(Operation, what);

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.False(failure.MayMeanExpiredSession);
    }

    [Theory]
    // The captured real answer to a data call without an authenticated session (haochi#7).
    [InlineData(UpstreamFailure.SessionExpired, 200, "Authorization required.", 201, "Session not authenticated.")]
    [InlineData(UpstreamFailure.SessionExpired, 201, "Session not authenticated.", null, null)]
    [InlineData(UpstreamFailure.SessionExpired, 201, "Session not authenticated", null, null)]
    [InlineData(UpstreamFailure.SessionExpired, 202, "Session expired or invalid.", null, null)]
    [InlineData(UpstreamFailure.SessionExpired, 202, "", null, null)]
    [InlineData(UpstreamFailure.SessionExpired, 200, "Authorization required.", null, null)]
    [InlineData(UpstreamFailure.SessionExpired, 999, "Your session is no longer valid.", null, null)]
    [InlineData(UpstreamFailure.CredentialsRejected, 312, "The password you entered is incorrect.", null, null)]
    [InlineData(UpstreamFailure.CredentialsRejected, 312, "", null, null)]
    [InlineData(UpstreamFailure.CredentialsRejected, 313, "Your account is temporarily locked.", null, null)]
    [InlineData(UpstreamFailure.CredentialsRejected, 999, "Incorrect password.", null, null)]
    [InlineData(UpstreamFailure.CredentialsRejected, 999, "Account locked.", null, null)]
    [InlineData(UpstreamFailure.UpstreamError, 920, "User has migrated to the new site.", null, null)]
    [InlineData(UpstreamFailure.UpstreamError, 100, "Invalid value for field startDate.", null, null)]
    public void Refusals_in_the_envelope_are_classified_by_code_and_message(
        UpstreamFailure expected,
        int code,
        string message,
        int? secondCode,
        string? secondMessage)
    {
        var errors = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message });
        if (secondCode is not null)
        {
            errors.Add(new JsonObject { ["code"] = secondCode, ["message"] = secondMessage });
        }

        var failure = FailureClassifier.FromEnvelope(Answer(errors), Operation);

        Assert.Equal(expected, failure.Failure);
        Assert.False(failure.IsTransient);
        Assert.Equal(secondCode is null ? [code] : [code, secondCode.Value], failure.ErrorCodes);
        // The upstream's own words are not repeated: only codes, never bodies.
        if (message.Length > 0)
        {
            Assert.DoesNotContain(message, failure.Message);
        }
    }

    [Fact]
    public void A_refusal_without_errors_is_an_upstream_error()
    {
        var failure = FailureClassifier.FromEnvelope(Answer(null), Operation);

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.Empty(failure.ErrorCodes);
        Assert.Contains("without saying why", failure.Message);
    }

    [Fact]
    public void A_lockout_is_told_apart_from_a_wrong_password()
    {
        var wrong = FailureClassifier.FromEnvelope(
            Answer(new JsonArray(new JsonObject { ["code"] = 312, ["message"] = "The password you entered is incorrect." })), Operation);
        var locked = FailureClassifier.FromEnvelope(
            Answer(new JsonArray(new JsonObject { ["code"] = 313, ["message"] = "Too many failed sign-in attempts." })), Operation);

        Assert.Contains("locked", locked.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("locked", wrong.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static UpstreamAnswer Answer(JsonArray? errors)
    {
        var header = new JsonObject { ["success"] = false, ["authLevel"] = "USER_IDENTIFIED" };
        if (errors is not null)
        {
            header["errors"] = errors;
        }
        return new UpstreamAnswer(header, null);
    }
}
