using System.Globalization;
using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Models;

/// <summary><c>account/getHistories</c> <c>spData</c> (§6.4); which lists are filled depends on the types asked for.</summary>
public sealed class Histories(JsonObject json) : UpstreamObject(json)
{
    public string? IntervalType => String("intervalType");

    public IReadOnlyList<BalancePoint> Balances => List("histories", o => new BalancePoint(o));

    public IReadOnlyList<NetworthPoint> Networth => List("networthHistories", o => new NetworthPoint(o));
}

public sealed class BalancePoint(JsonObject json) : UpstreamObject(json)
{
    public DateOnly? Date => DateValue("date");

    public decimal? AggregateBalance => Decimal("aggregateBalance");

    /// <summary>Balance per account id; the annotation keys beside them are skipped.</summary>
    public IReadOnlyDictionary<long, decimal> AccountBalances =>
        Json["balances"] is JsonObject balances
            ? balances
                .Where(p => long.TryParse(p.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    && p.Value is JsonValue v && v.TryGetValue(out decimal _))
                .ToDictionary(
                    p => long.Parse(p.Key, CultureInfo.InvariantCulture),
                    p => p.Value!.GetValue<decimal>())
            : new Dictionary<long, decimal>();
}

public sealed class NetworthPoint(JsonObject json) : UpstreamObject(json)
{
    public DateOnly? Date => DateValue("date");

    public decimal? Value => Decimal("networth");

    public decimal? TotalAssets => Decimal("totalAssets");

    public decimal? TotalLiabilities => Decimal("totalLiabilities");
}
