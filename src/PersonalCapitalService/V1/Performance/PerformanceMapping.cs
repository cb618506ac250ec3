using System.Globalization;
using System.Text.Json.Nodes;
using PersonalCapital.Client.Models;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Performance;

/// <summary>
/// getPerformanceHistories → <see cref="PerformanceRecord"/>: per day the portfolio, each investment account (keys
/// that are account ids) and each benchmark (keys of <c>benchmarkPerformanceHistory</c>); annotation keys are skipped.
/// </summary>
public static class PerformanceMapping
{
    public const string Portfolio = "portfolio";
    public const string AccountSeries = "account";
    public const string Benchmark = "benchmark";

    public static IReadOnlyList<PerformanceRecord> ToRecords(PerformanceHistories performance, IReadOnlyList<AccountRecord> accounts)
    {
        var names = accounts.ToDictionary(a => a.Id, a => a.Name);
        var benchmarks = performance.Benchmarks
            .Select(b => (Date: UpstreamNumbers.Date(b["date"]), Point: b))
            .Where(b => b.Date is not null)
            .ToLookup(b => b.Date!.Value, b => b.Point);
        var rows = new List<PerformanceRecord>();
        foreach (var point in performance.Points)
        {
            if (UpstreamNumbers.Date(point["date"]) is not { } date)
            {
                continue;
            }
            rows.Add(new PerformanceRecord(date, Portfolio, null, Portfolio, UpstreamNumbers.Decimal(point["aggregatePerformance"])));
            foreach (var (key, value) in point)
            {
                if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    rows.Add(new PerformanceRecord(date, AccountSeries, id, names.GetValueOrDefault(id) ?? key, UpstreamNumbers.Decimal(value)));
                }
            }
            foreach (var benchmark in benchmarks[date])
            {
                foreach (var (key, value) in benchmark.Where(p => p.Key != "date" && !p.Key.EndsWith("Annotation", StringComparison.Ordinal)))
                {
                    rows.Add(new PerformanceRecord(date, Benchmark, null, key, UpstreamNumbers.Decimal(value)));
                }
            }
        }
        return rows;
    }
}
