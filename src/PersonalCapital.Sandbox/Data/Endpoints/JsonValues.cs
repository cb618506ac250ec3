using System.Globalization;
using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>How the upstream writes numbers, dates and the infamous "NaN".</summary>
internal static class JsonValues
{
    public const string NaN = "NaN";

    private static readonly long EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Drops trailing zeros (5110.50 → 5110.5), as the upstream's doubles print.</summary>
    public static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    public static JsonNode Money(decimal value) => JsonValue.Create(Plain(Math.Round(value, 2)));

    /// <summary>A money value, or "NaN" when unknown.</summary>
    public static JsonNode MoneyOrNaN(decimal? value) => value is { } v ? Money(v) : JsonValue.Create(NaN);

    public static JsonNode Number(decimal value, int decimals) => JsonValue.Create(Plain(Math.Round(value, decimals)));

    public static JsonNode Percent(double value) => Number((decimal)value, 2);

    /// <summary>Change in percent of <paramref name="from"/>, 0 when there is nothing to compare with.</summary>
    public static decimal PercentChange(decimal change, decimal from) => from == 0m ? 0m : Math.Round(change / Math.Abs(from) * 100m, 2);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Epoch milliseconds of <paramref name="date"/> at <paramref name="hour"/> UTC, as in createdDate and dueDate.</summary>
    public static long EpochMilliseconds(DateOnly date, double hour = 0) =>
        (date.DayNumber - EpochDayNumber) * 86_400_000L + (long)(hour * 3_600_000);

    public static string MoneyText(decimal value) => Math.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
}
