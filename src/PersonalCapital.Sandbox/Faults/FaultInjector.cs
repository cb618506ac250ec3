using System.Globalization;
using Microsoft.Extensions.Options;
using PersonalCapital.Sandbox.Login;
using PersonalCapital.Sandbox.Protocol;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Faults;

/// <summary>
/// Reproduces the upstream's real-world failures on data calls (§4.3, §4.4): a missing spData under a
/// "Session not authenticated." header while the session is alive, an HTML page, a Cloudflare challenge, 429 and
/// 5xx. Draws come from one seeded generator, so a given seed and call order give the same faults.
/// </summary>
internal sealed class FaultInjector(IOptions<SandboxOptions> options, Envelope envelope)
{
    private static readonly int[] ServerErrorStatuses = [500, 502, 503];
    private readonly Lock _gate = new();
    private Random? _random;

    private FaultOptions Faults => options.Value.Faults;

    /// <summary>Network latency is real time, whatever clock the sandbox's logic runs on.</summary>
    public Task DelayAsync(CancellationToken cancellationToken) =>
        Faults.Latency > TimeSpan.Zero ? Task.Delay(Faults.Latency, cancellationToken) : Task.CompletedTask;

    /// <summary>Answers the request with a fault when the draw says so; false when the call should proceed.</summary>
    public async Task<bool> TryInjectAsync(HttpContext http)
    {
        if (!Faults.Any)
        {
            return false;
        }
        var (kind, variant) = Draw();
        switch (kind)
        {
            case FaultKind.MissingSpData:
                await JsonResponses.WriteAsync(http.Response, envelope.NotAuthenticated(null, AuthLevel.UserIdentified));
                return true;
            case FaultKind.Html:
                await WriteHtmlAsync(http.Response, StatusCodes.Status200OK, HomePage.Render(Guid.NewGuid().ToString()));
                return true;
            case FaultKind.Cloudflare:
                await WriteCloudflareAsync(http.Response);
                return true;
            case FaultKind.TooManyRequests:
                http.Response.Headers.RetryAfter = Faults.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WriteHtmlAsync(http.Response, StatusCodes.Status429TooManyRequests,
                    "<html><body><h1>429 Too Many Requests</h1></body></html>");
                return true;
            case FaultKind.ServerError:
                var status = ServerErrorStatuses[variant % ServerErrorStatuses.Length];
                await WriteHtmlAsync(http.Response, status, $"<html><body><h1>{status} Server Error</h1></body></html>");
                return true;
            default:
                return false;
        }
    }

    /// <summary>A Cloudflare challenge on a login page or login call, when the draw says so (<see cref="FaultOptions.CloudflareOnLogin"/>).</summary>
    public async Task<bool> TryChallengeLoginAsync(HttpContext http)
    {
        if (Faults.CloudflareOnLogin <= 0)
        {
            return false;
        }
        double roll;
        lock (_gate)
        {
            _random ??= new Random(Faults.Seed);
            roll = _random.NextDouble();
        }
        if (roll >= Faults.CloudflareOnLogin)
        {
            return false;
        }
        await WriteCloudflareAsync(http.Response);
        return true;
    }

    private (FaultKind Kind, int Variant) Draw()
    {
        double roll;
        int variant;
        lock (_gate)
        {
            _random ??= new Random(Faults.Seed);
            roll = _random.NextDouble();
            variant = _random.Next();
        }
        (FaultKind Kind, double Rate)[] table =
        [
            (FaultKind.MissingSpData, Faults.MissingSpData),
            (FaultKind.Html, Faults.Html),
            (FaultKind.Cloudflare, Faults.Cloudflare),
            (FaultKind.TooManyRequests, Faults.TooManyRequests),
            (FaultKind.ServerError, Faults.ServerError),
        ];
        foreach (var (kind, rate) in table)
        {
            if (roll < rate)
            {
                return (kind, variant);
            }
            roll -= rate;
        }
        return (FaultKind.None, variant);
    }

    private static Task WriteCloudflareAsync(HttpResponse response)
    {
        response.Headers["cf-mitigated"] = "challenge";
        response.Headers["cf-ray"] = $"{Convert.ToHexString(BitConverter.GetBytes(Environment.TickCount64)).ToLowerInvariant()}-SBX";
        return WriteHtmlAsync(response, StatusCodes.Status403Forbidden,
            "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser.</body></html>");
    }

    private static Task WriteHtmlAsync(HttpResponse response, int status, string html)
    {
        response.StatusCode = status;
        response.ContentType = "text/html;charset=UTF-8";
        return response.WriteAsync(html, response.HttpContext.RequestAborted);
    }

    private enum FaultKind
    {
        None,
        MissingSpData,
        Html,
        Cloudflare,
        TooManyRequests,
        ServerError,
    }
}
