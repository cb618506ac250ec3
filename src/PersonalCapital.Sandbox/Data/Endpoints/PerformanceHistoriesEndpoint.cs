using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Protocol;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>account/getPerformanceHistories</c>: cumulative market return (in percent, contributions excluded) of each
/// investment account and of the benchmarks, from the start of the range.
/// </summary>
internal static class PerformanceHistoriesEndpoint
{
    private static readonly (string Key, Func<DemoDataset, DateOnly, double> Level)[] Benchmarks =
    [
        ("^INX", (d, date) => d.Market.Level(MarketSeries.Sp500, date)),
        ("^PC_US_STOCKS", (d, date) => d.Market.Level(MarketSeries.UsStocks, date)),
        ("^PC_BLENDED", (d, date) => 0.6 * d.Market.Level(MarketSeries.UsStocks, date) + 0.2 * d.Market.Level(MarketSeries.IntlStocks, date) + 0.2 * d.Market.Level(MarketSeries.UsBonds, date)),
        ("^PC_INTL_STOCKS", (d, date) => d.Market.Level(MarketSeries.IntlStocks, date)),
        ("^PC_US_BONDS", (d, date) => d.Market.Level(MarketSeries.UsBonds, date)),
        ("^PC_INTL_BONDS", (d, date) => d.Market.Level(MarketSeries.IntlBonds, date)),
        ("^PC_ALTERNATIVES", (d, date) => d.Market.Level(MarketSeries.RealEstate, date)),
    ];

    public static DataResult Handle(DemoDataset data, FormValues form)
    {
        if (!HistoryRequest.TryRead(data, form, out var request, out var invalid, eligible: a => a.IsInvestment))
        {
            return invalid!;
        }
        var baseDate = request.From;
        var aggregateBase = Performance.Index(data, request.Accounts, baseDate);
        var inceptionBase = Performance.Index(data, request.Accounts, data.HistoryStart);
        var accountBases = request.Accounts.Select(a => Performance.Index(data, a, baseDate)).ToArray();

        var performance = new JsonArray();
        foreach (var date in request.Points)
        {
            var aggregate = Performance.Index(data, request.Accounts, date);
            var entry = new JsonObject
            {
                ["date"] = Date(date),
                ["aggregatePerformance"] = Percent(Performance.ReturnPercent(aggregateBase, aggregate)),
                ["compositeInceptionReturn"] = Percent(Performance.ReturnPercent(inceptionBase, aggregate)),
            };
            for (var i = 0; i < request.Accounts.Count; i++)
            {
                var account = request.Accounts[i];
                entry[account.UserAccountId.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                    Percent(Performance.ReturnPercent(accountBases[i], Performance.Index(data, account, date)));
            }
            performance.Add(entry);
        }

        var result = new JsonObject { ["performanceHistory"] = performance };
        if (RequestFields.IsTrue(form, "requireBenchmark", true))
        {
            var benchmarks = new JsonArray();
            foreach (var date in request.Points)
            {
                var entry = new JsonObject { ["date"] = Date(date) };
                foreach (var (key, level) in Benchmarks)
                {
                    entry[key] = Percent(Performance.ReturnPercent(level(data, baseDate), level(data, date)));
                }
                benchmarks.Add(entry);
            }
            result["benchmarkPerformanceHistory"] = benchmarks;
        }
        result["accountSummaries"] = AccountSummaries.Build(data, request);
        return DataResult.Ok(result);
    }
}
