namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// <c>{end:notkeyword}</c>: "lastmonth", "thismonth" and "all" are never an <c>{end}</c> date, so
/// <c>/trans/investments/Shares_In/MyAccount/lastmonth</c> reaches the account route, not a date range.
/// Routing matches literal segments in any case, so the keywords are recognised in any case too: otherwise
/// <c>.../MyAccount/LastMonth</c> would take the date route that the literal <c>lastmonth</c> route was meant to beat.
/// </summary>
internal sealed class NotRangeKeywordConstraint : IRouteConstraint
{
    public const string Name = "notkeyword";

    private static readonly HashSet<string> Keywords = new(["lastmonth", "thismonth", "all"], StringComparer.OrdinalIgnoreCase);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && !Keywords.Contains(text);
}
