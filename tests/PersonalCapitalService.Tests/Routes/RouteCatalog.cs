using System.Text.Json.Nodes;
using static PersonalCapitalService.Tests.Routes.LegacyRules;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>What a route should answer, computed from the raw upstream.</summary>
/// <param name="Json">The expected JSON body (null for the one text route).</param>
/// <param name="Text">The expected text body of <c>/</c>.</param>
/// <param name="Rows">Transactions in the body.</param>
/// <param name="FetchedRows">Transactions of the range before the route's filter.</param>
/// <param name="Filtered">Whether the route filters rows.</param>
/// <param name="MustSelect">Whether this request was chosen so that the filter keeps some rows and drops others.</param>
internal sealed record ExpectedBody(JsonNode? Json, string? Text, int Rows = 0, int FetchedRows = 0, bool Filtered = false, bool MustSelect = false);

/// <summary>One concrete request of a spec route, and how to compute its expected body.</summary>
internal sealed record RouteRequest(string Route, string Path, Func<RawUpstream, Task<ExpectedBody>> Expect)
{
    public override string ToString() => $"{Route} as {Path}";
}

/// <summary>
/// The 31 routes of legacy-routes.md, each with concrete requests for a given "today": account names with an en dash
/// and a ®, URL-encoded; investment types, dividend segments and ranges that select rows, over whole months, which
/// in the sandbox always hold the tricky rows (401k pairs, zero quantities, "transfer In", an unknown category).
/// </summary>
internal static class RouteCatalog
{
    /// <summary>Names in the sandbox's accounts; checked against its getAccounts by the tests.</summary>
    public const string Checking = "Acme Bank\u00AE Checking \u2013 Ending in 4821";
    public const string Brokerage = "Individual Brokerage \u2013 Ending in 5520";
    public const string Plan401k = "Example Corp 401(k)";
    public const string RothIra = "Roth IRA - Ending in 6614";
    public const string RewardsCard = "Rewards Visa - Ending in 1099";

    /// <summary>Every route of the spec's table, in its order.</summary>
    public static readonly string[] Templates =
    [
        "/",
        "/accounts",
        "/trans/{numDays}",
        "/trans/{start}/{end}",
        "/trans/{accountName}/{start}/{end}",
        "/trans/all/lastmonth",
        "/trans/{accountName}/lastmonth",
        "/trans/expenses/lastmonth",
        "/trans/expenses/{start}/{end}",
        "/trans/expenses/all",
        "/trans/investments/{invtype}/lastmonth",
        "/trans/investments/{invtype}/{start}/{end}",
        "/trans/investments/{invtype}/{accountName}/lastmonth",
        "/trans/investments/{invtype}/{accountName}/{start}/{end}",
        "/trans/investments/Shares_In/lastmonth",
        "/trans/investments/Shares_In/{start}/{end}",
        "/trans/investments/Shares_Out/lastmonth",
        "/trans/investments/Shares_Out/{start}/{end}",
        "/trans/dividends/{received}/lastmonth",
        "/trans/dividends/{received}/{start}/{end}",
        "/trans/dividends/{received}/{accountName}/lastmonth",
        "/trans/dividends/{received}/{accountName}/{start}/{end}",
        "/trans/match/lastmonth",
        "/trans/match/{start}/{end}",
        "/trans/401k/lastmonth",
        "/trans/401k/{start}/{end}",
        "/trans/401k/rollover/thismonth",
        "/trans/401k/rollover/lastmonth",
        "/trans/401k/rollover/{start}/{end}",
        "/holdings",
        "/holdings/classifications",
    ];

    public static IEnumerable<object[]> TemplateData => Templates.Select(t => new object[] { t });

    /// <summary>Two whole months before the current one: every tricky row of the sandbox is in there twice.</summary>
    public static (DateOnly Start, DateOnly End) TwoFullMonths(DateOnly today)
    {
        var firstOfThisMonth = new DateOnly(today.Year, today.Month, 1);
        return (firstOfThisMonth.AddMonths(-2), firstOfThisMonth.AddDays(-1));
    }

    public static string Segment(string text) => Uri.EscapeDataString(text);

    public static string Dates((DateOnly Start, DateOnly End) range) => $"{RawUpstream.Wire(range.Start)}/{RawUpstream.Wire(range.End)}";

    public static List<RouteRequest> Requests(DateOnly today)
    {
        var lastMonth = LastMonth(today);
        var thisMonth = ThisMonth(today);
        var months = TwoFullMonths(today);
        var range = Dates(months);
        var sinceLastMonth = (lastMonth.Start, today);
        var oneDay = (lastMonth.Start, lastMonth.Start);
        var checking = Segment(Checking);
        var brokerage = Segment(Brokerage);

        return
        [
            new("/", "", _ => Task.FromResult(new ExpectedBody(null, "HELLO WORLD!!!!"))),
            new("/accounts", "accounts", async raw => new ExpectedBody(AccountsBody(await raw.AccountsAsync()), null)),

            // Two days may, rarely, hold no row at all: this one is only compared.
            Bare("/trans/{numDays}", "trans/1", LastDays(today, 1), cleanup: false, filter: null, mustSelect: false),
            Bare("/trans/{numDays}", "trans/45", LastDays(today, 45), cleanup: false, filter: null),
            Bare("/trans/{numDays}", "trans/400", LastDays(today, 400), cleanup: false, filter: null),
            Bare("/trans/{start}/{end}", $"trans/{Dates(sinceLastMonth)}", sinceLastMonth, cleanup: false, filter: null),
            Bare("/trans/{start}/{end}", $"trans/{Dates(oneDay)}", oneDay, cleanup: false, filter: null),
            Wrapped("/trans/{accountName}/{start}/{end}", $"trans/{checking}/{range}", months, rows => Account(rows, Checking), cleanup: false),
            Wrapped("/trans/{accountName}/{start}/{end}", $"trans/{Segment(RewardsCard)}/{range}", months, rows => Account(rows, RewardsCard), cleanup: false),
            Bare("/trans/all/lastmonth", "trans/all/lastmonth", lastMonth, cleanup: true, filter: null),
            Wrapped("/trans/{accountName}/lastmonth", $"trans/{checking}/lastmonth", lastMonth, rows => Account(rows, Checking)),
            Wrapped("/trans/{accountName}/lastmonth", $"trans/{brokerage}/lastmonth", lastMonth, rows => Account(rows, Brokerage)),

            Wrapped("/trans/expenses/lastmonth", "trans/expenses/lastmonth", lastMonth, Expenses),
            Wrapped("/trans/expenses/{start}/{end}", $"trans/expenses/{range}", months, Expenses),
            Wrapped("/trans/expenses/all", "trans/expenses/all", All(today), Expenses),

            Wrapped("/trans/investments/{invtype}/lastmonth", "trans/investments/Buy/lastmonth", lastMonth, rows => Investment(rows, "Buy")),
            Wrapped("/trans/investments/{invtype}/lastmonth", "trans/investments/Dividend%20Received/lastmonth", lastMonth,
                rows => Investment(rows, "Dividend Received")),
            Wrapped("/trans/investments/{invtype}/lastmonth", "trans/investments/Shares%20In/lastmonth", lastMonth,
                rows => Investment(rows, "Shares In")),
            Wrapped("/trans/investments/{invtype}/lastmonth", "trans/investments/Contribution/lastmonth", lastMonth,
                rows => Investment(rows, "Contribution")),
            Wrapped("/trans/investments/{invtype}/{start}/{end}", $"trans/investments/Sell/{range}", months, rows => Investment(rows, "Sell")),
            Wrapped("/trans/investments/{invtype}/{start}/{end}", $"trans/investments/Adjusted%20Sell/{range}", months,
                rows => Investment(rows, "Adjusted Sell")),
            Wrapped("/trans/investments/{invtype}/{accountName}/lastmonth", $"trans/investments/Buy/{brokerage}/lastmonth", lastMonth,
                rows => Account(Investment(rows, "Buy"), Brokerage)),
            Wrapped("/trans/investments/{invtype}/{accountName}/lastmonth", $"trans/investments/Buy/{Segment(RothIra)}/lastmonth", lastMonth,
                rows => Account(Investment(rows, "Buy"), RothIra)),
            // "Shares_In" is only a literal right before lastmonth or a date range; here it is an invtype, which no row has.
            Wrapped("/trans/investments/{invtype}/{accountName}/lastmonth", $"trans/investments/Shares_In/{brokerage}/lastmonth", lastMonth,
                rows => Account(Investment(rows, "Shares_In"), Brokerage), mustSelect: false),
            Wrapped("/trans/investments/{invtype}/{accountName}/{start}/{end}", $"trans/investments/Contribution/{Segment(Plan401k)}/{range}", months,
                rows => Account(Investment(rows, "Contribution"), Plan401k)),
            Wrapped("/trans/investments/{invtype}/{accountName}/{start}/{end}", $"trans/investments/Shares%20Out/{brokerage}/{range}", months,
                rows => Account(Investment(rows, "Shares Out"), Brokerage)),

            Wrapped("/trans/investments/Shares_In/lastmonth", "trans/investments/Shares_In/lastmonth", lastMonth, rows => Shares(rows, "Shares In")),
            Wrapped("/trans/investments/Shares_In/{start}/{end}", $"trans/investments/Shares_In/{range}", months, rows => Shares(rows, "Shares In")),
            Wrapped("/trans/investments/Shares_Out/lastmonth", "trans/investments/Shares_Out/lastmonth", lastMonth, rows => Shares(rows, "Shares Out")),
            Wrapped("/trans/investments/Shares_Out/{start}/{end}", $"trans/investments/Shares_Out/{range}", months, rows => Shares(rows, "Shares Out")),

            Wrapped("/trans/dividends/{received}/lastmonth", "trans/dividends/received/lastmonth", lastMonth, rows => Dividends(rows, "received")),
            Wrapped("/trans/dividends/{received}/lastmonth", "trans/dividends/reinvested/lastmonth", lastMonth, rows => Dividends(rows, "reinvested")),
            Wrapped("/trans/dividends/{received}/lastmonth", "trans/dividends/Received/lastmonth", lastMonth, rows => Dividends(rows, "Received")),
            Wrapped("/trans/dividends/{received}/{start}/{end}", $"trans/dividends/received/{range}", months, rows => Dividends(rows, "received")),
            Wrapped("/trans/dividends/{received}/{start}/{end}", $"trans/dividends/other/{range}", months, rows => Dividends(rows, "other")),
            Wrapped("/trans/dividends/{received}/{accountName}/lastmonth", $"trans/dividends/received/{brokerage}/lastmonth", lastMonth,
                rows => Account(Dividends(rows, "received"), Brokerage)),
            Wrapped("/trans/dividends/{received}/{accountName}/lastmonth", $"trans/dividends/reinvest/{brokerage}/lastmonth", lastMonth,
                rows => Account(Dividends(rows, "reinvest"), Brokerage)),
            Wrapped("/trans/dividends/{received}/{accountName}/lastmonth", $"trans/dividends/received/{checking}/lastmonth", lastMonth,
                rows => Account(Dividends(rows, "received"), Checking), mustSelect: false),
            Wrapped("/trans/dividends/{received}/{accountName}/{start}/{end}", $"trans/dividends/received/{brokerage}/{range}", months,
                rows => Account(Dividends(rows, "received"), Brokerage)),
            Wrapped("/trans/dividends/{received}/{accountName}/{start}/{end}", $"trans/dividends/reinvest/{brokerage}/{range}", months,
                rows => Account(Dividends(rows, "reinvest"), Brokerage)),

            Wrapped("/trans/match/lastmonth", "trans/match/lastmonth", lastMonth, Match401k),
            Wrapped("/trans/match/{start}/{end}", $"trans/match/{range}", months, Match401k),
            Wrapped("/trans/401k/lastmonth", "trans/401k/lastmonth", lastMonth, All401k),
            Wrapped("/trans/401k/{start}/{end}", $"trans/401k/{range}", months, All401k),
            Wrapped("/trans/401k/rollover/thismonth", "trans/401k/rollover/thismonth", thisMonth, Rollover),
            Wrapped("/trans/401k/rollover/lastmonth", "trans/401k/rollover/lastmonth", lastMonth, Rollover),
            Wrapped("/trans/401k/rollover/{start}/{end}", $"trans/401k/rollover/{range}", months, Rollover),

            new("/holdings", "holdings", async raw => new ExpectedBody(
                await HoldingsBodyAsync(await raw.HoldingsAsync(), await raw.Accounts2Async(), raw.AssetClassificationAsync), null)),
            new("/holdings/classifications", "holdings/classifications", async raw => new ExpectedBody(
                ClassificationsBody(await raw.HoldingsAsync("""["allocation"]""")), null)),
        ];
    }

    /// <summary>The transaction fetch every /trans route shares: range, category names, then cleanup and filter.</summary>
    public static async Task<(List<JsonObject> Fetched, List<JsonObject> Kept)> TransactionsAsync(
        RawUpstream raw, (DateOnly Start, DateOnly End) range, bool cleanup, Func<List<JsonObject>, List<JsonObject>>? filter)
    {
        var rows = await raw.TransactionsAsync(range.Start, range.End);
        AddCategoryNames(rows, await raw.CategoriesAsync());
        if (cleanup)
        {
            Cleanup(rows);
        }
        return (rows, filter is null ? rows : filter(rows));
    }

    private static RouteRequest Bare(string route, string path, (DateOnly, DateOnly) range, bool cleanup,
        Func<List<JsonObject>, List<JsonObject>>? filter, bool mustSelect = true) =>
        new(route, path, async raw =>
        {
            var (fetched, kept) = await TransactionsAsync(raw, range, cleanup, filter);
            return new ExpectedBody(new JsonArray([.. kept]), null, kept.Count, fetched.Count, filter is not null, mustSelect);
        });

    private static RouteRequest Wrapped(string route, string path, (DateOnly, DateOnly) range,
        Func<List<JsonObject>, List<JsonObject>> filter, bool cleanup = true, bool mustSelect = true) =>
        new(route, path, async raw =>
        {
            var (fetched, kept) = await TransactionsAsync(raw, range, cleanup, filter);
            return new ExpectedBody(new JsonObject { ["transactions"] = new JsonArray([.. kept]) }, null,
                kept.Count, fetched.Count, Filtered: true, mustSelect);
        });
}
