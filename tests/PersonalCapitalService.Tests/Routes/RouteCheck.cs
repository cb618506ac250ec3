using System.Net;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>Asks the service one route request and holds its answer to the body computed from the raw upstream.</summary>
internal static class RouteCheck
{
    public static async Task AssertAnswersAsSpecifiedAsync(RouteWorld world, RouteRequest request)
    {
        var expected = await request.Expect(world.Raw);
        using var response = await world.Service.Client.GetAsync(request.Path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request}: {(int)response.StatusCode} {Clip(text)}");
        var contentType = response.Content.Headers.ContentType;

        if (expected.Text is not null)
        {
            Assert.Equal("text/plain", contentType?.MediaType);
            Assert.Equal(expected.Text, text);
            return;
        }

        Assert.True(contentType?.MediaType == "application/json", $"{request}: content type {contentType}");
        Assert.True(string.Equals(contentType.CharSet, "utf-8", StringComparison.OrdinalIgnoreCase), $"{request}: charset {contentType.CharSet}");
        JsonComparison.AssertEquivalent(expected.Json, JsonNode.Parse(text), request.ToString());

        if (expected.MustSelect)
        {
            Assert.True(expected.Rows > 0, $"{request}: the chosen request selects no row, so it proves nothing");
            if (expected.Filtered)
            {
                Assert.True(expected.Rows < expected.FetchedRows, $"{request}: the filter drops no row of the range, so it proves nothing");
            }
        }
    }

    public static string Clip(string text) => text.Length > 500 ? text[..500] + "…" : text;
}
