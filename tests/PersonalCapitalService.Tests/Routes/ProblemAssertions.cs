using System.Net;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>What every error answer promises: RFC 9457 problem JSON, no stack trace, no upstream page.</summary>
internal static class ProblemAssertions
{
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string context)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{context}: expected {(int)status}, got {(int)response.StatusCode} {RouteCheck.Clip(text)}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{context}: content type {response.Content.Headers.ContentType} for {RouteCheck.Clip(text)}");
        AssertNothingLeaks(text, context);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]?.GetValue<int>());
        return problem;
    }

    /// <summary>A 400 whose problem names exactly one parameter, one of <paramref name="parameters"/>.</summary>
    public static async Task AssertBadParameterAsync(HttpResponseMessage response, string context, params string[] parameters)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, context);
        var named = NamedParameters(problem);
        Assert.True(named.Count == 1 && parameters.Contains(named[0]),
            $"{context}: the problem names [{string.Join(", ", named)}], expected one of [{string.Join(", ", parameters)}]: {problem.ToJsonString()}");
    }

    public static void AssertNothingLeaks(string body, string context)
    {
        Assert.False(body.Contains("   at ", StringComparison.Ordinal), $"{context}: stack trace in {RouteCheck.Clip(body)}");
        Assert.False(body.Contains("<html", StringComparison.OrdinalIgnoreCase) || body.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase),
            $"{context}: HTML in {RouteCheck.Clip(body)}");
        Assert.False(body.Contains("spHeader", StringComparison.Ordinal), $"{context}: upstream body in {RouteCheck.Clip(body)}");
    }

    // RFC 9457 leaves the shape open: ASP.NET's validation problems list them under "errors", the RFC's example under "invalid-params".
    private static List<string> NamedParameters(JsonObject problem)
    {
        var names = new List<string>();
        if (problem["errors"] is JsonObject errors)
        {
            names.AddRange(errors.Select(e => e.Key));
        }
        if (problem["invalid-params"] is JsonArray invalid)
        {
            names.AddRange(invalid.Select(p => p?["name"]?.GetValue<string>() ?? ""));
        }
        return names;
    }
}
