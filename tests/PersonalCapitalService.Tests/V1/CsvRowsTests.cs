using System.Text;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.Tests.V1;

/// <summary>The CSV writer on awkward text: RFC 4180 quoting is the library's, and it must round-trip.</summary>
public sealed class CsvRowsTests
{
    private sealed record Row(string Text, decimal Amount, DateOnly Day, DateTimeOffset? At, bool Flag, long? Id);

    [Fact]
    public async Task Commas_quotes_line_breaks_and_non_ascii_text_round_trip()
    {
        Row[] rows =
        [
            new("Smith, Jones & \"Co\"", -1234.5m, new DateOnly(2026, 1, 2), new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), true, 7),
            new("line one\r\nline two – Café®", 0.07m, new DateOnly(2026, 12, 31), null, false, null),
        ];
        using var body = new MemoryStream();
        await CsvRows.WriteAsync(body, rows, CancellationToken.None);

        var (header, read) = V1CsvTests.Read(body.ToArray());
        Assert.Equal(["text", "amount", "day", "at", "flag", "id"], header);
        Assert.Equal(["Smith, Jones & \"Co\"", "-1234.5", "2026-01-02", "2026-01-02T03:04:05+00:00", "true", "7"], read[0]);
        Assert.Equal(["line one\r\nline two – Café®", "0.07", "2026-12-31", "", "false", ""], read[1]);
        Assert.Contains("\"Smith, Jones & \"\"Co\"\"\"", Encoding.UTF8.GetString(body.ToArray()), StringComparison.Ordinal);
    }
}
