using System.Net;
using System.Net.Http.Headers;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.V1;

/// <summary>HEAD wherever GET is, and compressed answers when the client asks for them.</summary>
[Collection(RouteWorldCollection.Name)]
public sealed class V1HttpTests(SharedRouteWorld shared)
{
    [Theory]
    [InlineData("v1/accounts", "application/json")]
    [InlineData("v1/transactions.csv?days=3", "text/csv")]
    [InlineData("accounts", "application/json")]
    [InlineData("", "text/plain")]
    public async Task Head_answers_like_get_without_a_body(string path, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        using var response = await shared.World.Service.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Answers_from_the_store_carry_an_etag_that_differs_for_csv_and_gives_304()
    {
        var client = shared.World.Service.Client;
        using var json = await client.GetAsync("v1/accounts");
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "v1/accounts");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var csv = await client.SendAsync(csvRequest);
        var tag = json.Headers.ETag;
        Assert.NotNull(tag);
        Assert.NotEqual(tag, csv.Headers.ETag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "v1/accounts");
        again.Headers.IfNoneMatch.Add(tag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_repeated_request_answered_from_memory_keeps_its_headers()
    {
        foreach (var attempt in new[] { 1, 2, 3 })
        {
            using var csv = await shared.World.Service.Client.GetAsync("v1/categories.csv");
            Assert.Equal("categories.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0xEF, 0xBB, 0xBF], (await csv.Content.ReadAsByteArrayAsync()).Take(3));
            using var json = await shared.World.Service.Client.GetAsync("v1/categories");
            Assert.True(json.Headers.Vary.Contains("Accept"), $"attempt {attempt}: no Vary: Accept");
        }
    }

    [Fact]
    public async Task Head_wants_credentials_like_get()
    {
        using var anonymous = shared.World.Service.NewClient(null, null);
        using var response = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "v1/accounts"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Lists_are_compressed_when_asked_and_decompress_to_the_same_rows(string encoding)
    {
        using var plain = await shared.World.Service.Client.GetAsync("v1/transactions.csv?days=90");
        var expected = await plain.Content.ReadAsByteArrayAsync();
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = shared.World.Service.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Support.RunningService.BasicUser}:{Support.RunningService.BasicPassword}")));
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
        using var compressed = await client.GetAsync("v1/transactions.csv?days=90");
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        var body = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length * 3 < expected.Length, $"{encoding}: {body.Length} bytes of {expected.Length}");

        using Stream decoder = encoding == "br"
            ? new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(expected, decoded.ToArray());
    }
}
