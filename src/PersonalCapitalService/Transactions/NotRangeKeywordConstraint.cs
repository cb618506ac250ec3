namespace PersonalCapitalService.Transactions;

/// <summary>
/// <c>{end:notkeyword}</c>: "lastmonth", "thismonth" and "all" are never an <c>{end}</c> date, so
/// <c>/trans/investments/Shares_In/MyAccount/lastmonth</c> reaches the account route, not a date range.
/// </summary>
internal sealed class NotRangeKeywordConstraint : IRouteConstraint
{
    public const string Name = "notkeyword";

    private static readonly HashSet<string> Keywords = new(["lastmonth", "thismonth", "all"], StringComparer.Ordinal);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && !Keywords.Contains(text);
}
