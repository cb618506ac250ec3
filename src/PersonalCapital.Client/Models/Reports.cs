using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Models;

/// <summary><c>account/getUserSpending</c> <c>spData</c> (§6.6): the current MONTH, WEEK and YEAR.</summary>
public sealed class Spending(JsonObject json) : UpstreamObject(json)
{
    public IReadOnlyList<SpendingInterval> Intervals => List("intervals", o => new SpendingInterval(o));
}

public sealed class SpendingInterval(JsonObject json) : UpstreamObject(json)
{
    public string? Type => String("type");

    public decimal? Average => Decimal("average");

    public decimal? Current => Decimal("current");

    public decimal? Target => Decimal("target");
}

/// <summary><c>account/getPerformanceHistories</c> <c>spData</c> (§6.7).</summary>
public sealed class PerformanceHistories(JsonObject json) : UpstreamObject(json)
{
    public IReadOnlyList<JsonObject> Points => Json["performanceHistory"] is JsonArray a ? [.. a.OfType<JsonObject>()] : [];

    public IReadOnlyList<JsonObject> Benchmarks => Json["benchmarkPerformanceHistory"] is JsonArray a ? [.. a.OfType<JsonObject>()] : [];

    public IReadOnlyList<JsonObject> AccountSummaries => Json["accountSummaries"] is JsonArray a ? [.. a.OfType<JsonObject>()] : [];
}

/// <summary><c>invest/getQuotes</c> <c>spData</c> (§6.8).</summary>
public sealed class Quotes(JsonObject json) : UpstreamObject(json)
{
    public IReadOnlyList<JsonObject> Histories => Json["histories"] is JsonArray a ? [.. a.OfType<JsonObject>()] : [];

    public IReadOnlyList<Quote> LatestQuotes => List("latestQuotes", o => new Quote(o));
}

public sealed class Quote(JsonObject json) : UpstreamObject(json)
{
    public string? Ticker => String("ticker");

    public decimal? Last => Decimal("last");

    public decimal? Change => Decimal("change");
}
