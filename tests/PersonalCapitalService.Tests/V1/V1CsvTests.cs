using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.V1;

/// <summary>Every v1 list as CSV, read the way Excel's Csv.Document reads it (UTF-8), is its JSON form row for row.</summary>
[Collection(RouteWorldCollection.Name)]
public sealed class V1CsvTests(SharedRouteWorld shared)
{
    private readonly V1Answers _v1 = new(shared.World);

    private RouteWorld World => shared.World;

    public static TheoryData<string> Lists => new()
    {
        "accounts",
        "transactions?range=last-month",
        "holdings",
        "categories",
        "networth?days=60&interval=week",
        "balances?days=3",
        "cashflow?range=ytd",
        "cashflow?range=last-month&by=category",
        "spending",
        "performance?days=5",
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_csv_rows_are_the_json_rows(string list)
    {
        var json = await _v1.RowsAsync($"v1/{list}");
        var resource = list.Split('?')[0];
        var query = list.Contains('?') ? list[list.IndexOf('?')..] : "";

        using var response = await World.Service.Client.GetAsync($"v1/{resource}.csv{query}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        Assert.Equal($"{resource}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var (header, rows) = Read(bytes);
        Assert.NotEmpty(json);
        Assert.Equal(json[0]!.AsObject().Select(p => p.Key), header);
        Assert.Equal(json.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = json[i]!.AsObject();
            for (var j = 0; j < header.Count; j++)
            {
                AssertSameValue(row[header[j]], rows[i][j], $"{resource} row {i} {header[j]}");
            }
        }
    }

    [Fact]
    public async Task En_dashes_and_registered_signs_survive_in_excel_s_reading()
    {
        using var response = await World.Service.Client.GetAsync("v1/accounts.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Excel honours the byte-order mark and decodes UTF-8; without it, it would take the bytes as Windows-1252.
        var text = new StreamReader(new MemoryStream(bytes), Encoding.Latin1, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        Assert.Contains(RouteCatalog.Checking, text, StringComparison.Ordinal);
        Assert.Contains("\u2013", text, StringComparison.Ordinal);
        Assert.Contains("\u00AE", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plain_path_answers_csv_when_accept_prefers_it_and_json_otherwise()
    {
        async Task<HttpResponseMessage> GetAsync(string? accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "v1/categories");
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }
            return await World.Service.Client.SendAsync(request);
        }

        using var csv = await GetAsync("text/csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", csv.Headers.Vary);
        Assert.StartsWith("id,name,type,isCustom", Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        using var preferred = await GetAsync("application/json;q=0.5, text/csv");
        Assert.Equal("text/csv", preferred.Content.Headers.ContentType?.MediaType);
        using var json = await GetAsync("application/json, text/csv;q=0.5");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using var browser = await GetAsync("text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal("application/json", browser.Content.Headers.ContentType?.MediaType);
        using var none = await GetAsync(null);
        Assert.Equal("application/json", none.Content.Headers.ContentType?.MediaType);
    }

    internal static (List<string> Header, List<string[]> Rows) Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        Assert.True(csv.Read());
        var header = csv.Record!.ToList();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return (header, rows);
    }

    private static void AssertSameValue(JsonNode? json, string field, string context)
    {
        switch (json?.GetValueKind() ?? JsonValueKind.Null)
        {
            case JsonValueKind.Null:
                Assert.True(field == "", $"{context}: null in JSON, \"{field}\" in CSV");
                break;
            case JsonValueKind.Number:
                Assert.True(decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number), $"{context}: \"{field}\" is no invariant number");
                Assert.True(json!.GetValue<decimal>() == number, $"{context}: {json} in JSON, {field} in CSV");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.Equal(json!.ToJsonString(), field);
                break;
            default:
                Assert.Equal(json!.GetValue<string>(), field);
                break;
        }
    }
}
