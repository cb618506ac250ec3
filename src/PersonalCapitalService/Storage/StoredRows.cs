using System.Text.Json.Nodes;
using PersonalCapital.Client.Models;
using PersonalCapital.Store.Model;
using PersonalCapitalService.Legacy;
using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Storage;

/// <summary>Upstream answers as store rows.</summary>
internal static class StoredRows
{
    /// <summary>
    /// The rows of one range answer, in the upstream's order. A row without an id or a date cannot be kept apart from
    /// the others and is left out; so is one dated outside the range asked for.
    /// </summary>
    public static List<StoredTransaction> From(IEnumerable<JsonObject> upstreamRows, DateOnly start, DateOnly end, LegacyRowRenderer renderer)
    {
        var rows = new List<StoredTransaction>();
        var rankOfDay = new Dictionary<DateOnly, int>();
        var seen = new HashSet<long>();
        foreach (var json in upstreamRows)
        {
            var row = new Transaction(json);
            if (row.UserTransactionId is not { } id || row.TransactionDate is not { } date || date < start || date > end || !seen.Add(id))
            {
                continue;
            }
            rankOfDay.TryGetValue(date, out var rank);
            rankOfDay[date] = rank + 1;
            var legacy = renderer.Render(json);
            rows.Add(new StoredTransaction(
                id,
                row.UserAccountId,
                date,
                rank,
                string.Equals(row.Status, "pending", StringComparison.OrdinalIgnoreCase),
                row.CategoryId,
                SignedAmount(json, row),
                json.ToJsonString(LegacyJson.Options),
                legacy.Full,
                legacy.Clean));
        }
        return rows;
    }

    /// <summary>Money in positive, money out negative: the upstream's positive amount with the sign of <c>isCredit</c>.</summary>
    public static decimal? SignedAmount(JsonObject json, Transaction row) =>
        row.Amount is not { } amount ? null
        : json["isCredit"] is JsonValue credit && credit.GetValueKind() == System.Text.Json.JsonValueKind.True ? amount
        : -amount;

    /// <summary>One history day per date of the range that has a net-worth point or a balance point.</summary>
    public static List<HistoryDay> HistoryDays(Histories histories, DateOnly start, DateOnly end)
    {
        var days = new SortedDictionary<DateOnly, (string? Networth, string? Balances)>();
        foreach (var point in histories.Networth)
        {
            if (point.Date is { } date && date >= start && date <= end)
            {
                days[date] = (point.Json.ToJsonString(LegacyJson.Options), days.GetValueOrDefault(date).Balances);
            }
        }
        foreach (var point in histories.Balances)
        {
            if (point.Date is { } date && date >= start && date <= end)
            {
                days[date] = (days.GetValueOrDefault(date).Networth, point.Json.ToJsonString(LegacyJson.Options));
            }
        }
        return [.. days.Select(d => new HistoryDay(d.Key, d.Value.Networth, d.Value.Balances))];
    }
}
