namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>healthcheck [url]</c>: exits 0 when the liveness endpoint answers 2xx, 1 otherwise, for Docker's HEALTHCHECK in
/// an image that has no curl. Default: <c>http://127.0.0.1:{first port of ASPNETCORE_HTTP_PORTS, else 8080}/health/live</c>.
/// </summary>
internal static class HealthcheckVerb
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter error)
    {
        var url = arguments.Count > 0 ? arguments[0] : DefaultUrl();
        try
        {
            using var http = new HttpClient { Timeout = Timeout };
            using var response = await http.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                return ExitCodes.Success;
            }
            error.WriteLine($"Unhealthy: {url} answered HTTP {(int)response.StatusCode}.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            error.WriteLine($"Unhealthy: {url} did not answer ({e.GetType().Name}).");
        }
        return ExitCodes.Failed;
    }

    private static string DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = ports?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "8080";
        return $"http://127.0.0.1:{port}/health/live";
    }
}
