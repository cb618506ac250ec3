using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Protocol;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>invest/getQuotes</c>: index levels and the user's portfolio as an index ("YOU", 100 at the start of the range),
/// plus the latest quotes. Defaults to the last year when no start is sent.
/// </summary>
internal static class QuotesEndpoint
{
    private static readonly (string Ticker, string LongName, MarketSeries Series, bool VolumeKnown)[] Indices =
    [
        ("^INX", "S&P 500 INDEX", MarketSeries.Sp500, true),
        ("^DJI", "Dow Jones Industrial Average", MarketSeries.DowJones, false),
        ("^IXIC", "NASDAQ Composite Index", MarketSeries.Nasdaq, true),
    ];

    public static DataResult Handle(DemoDataset data, FormValues form)
    {
        var yearAgo = data.Today.AddYears(-1);
        if (!HistoryRequest.TryRead(data, form, out var request, out var invalid, defaultStart: yearAgo, eligible: a => a.IsInvestment))
        {
            return invalid!;
        }
        var portfolioBase = Performance.Index(data, request.Accounts, request.From);
        double You(DateOnly date) => 100.0 * Performance.Index(data, request.Accounts, date) / portfolioBase;

        var result = new JsonObject();
        var histories = new JsonArray();
        if (RequestFields.IsTrue(form, "includeHistory", true))
        {
            var includeYou = RequestFields.IsTrue(form, "includeYOUHistory", true);
            foreach (var date in request.Points)
            {
                var entry = new JsonObject { ["date"] = Date(date) };
                if (includeYou)
                {
                    entry["YOU"] = Percent(You(date));
                }
                foreach (var (ticker, _, series, _) in Indices)
                {
                    entry[ticker] = Percent(data.Market.Level(series, date));
                }
                histories.Add(entry);
            }
        }
        result["histories"] = histories;

        var last = request.To;
        var dayBefore = last.AddDays(-1);
        var youLast = You(last);
        var youBefore = You(dayBefore);
        result["latestPortfolio"] = new JsonObject
        {
            ["last"] = Percent(youLast),
            ["change"] = Percent(youLast - youBefore),
            ["percentChange"] = Percent(Performance.ReturnPercent(youBefore, youLast)),
        };

        var quotes = new JsonArray();
        foreach (var (ticker, longName, series, volumeKnown) in Indices)
        {
            var level = data.Market.Level(series, last);
            var previous = data.Market.Level(series, dayBefore);
            quotes.Add(new JsonObject
            {
                ["ticker"] = ticker,
                ["last"] = Percent(level),
                ["change"] = Percent(level - previous),
                ["percentChange"] = Percent(Performance.ReturnPercent(previous, level)),
                ["longName"] = longName,
                ["date"] = Date(last),
                ["bid"] = NaN,
                ["ask"] = NaN,
                ["volume"] = volumeKnown ? (JsonNode)(long)(level * 400_000) : NaN,
            });
        }
        result["latestQuotes"] = quotes;
        return DataResult.Ok(result);
    }
}
