using System.Globalization;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.SimpleFin;

/// <summary>
/// The query of <c>GET /simplefin/accounts</c>: <c>start-date</c> (inclusive) and <c>end-date</c> (exclusive) in Unix
/// seconds, <c>pending=1</c>, <c>account=</c> (repeatable), <c>balances-only=1</c>, <c>version=1|2</c>.
/// </summary>
internal sealed record AccountsQuery(
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Pending,
    IReadOnlySet<string> AccountIds,
    bool BalancesOnly,
    int Version)
{
    private const long MinSeconds = -2208988800; // 1900-01-01: earlier dates would only overflow the date arithmetic
    private const long MaxSeconds = 4102444800; // 2100-01-01, likewise

    /// <summary>True when <paramref name="instant"/> is in [<see cref="Start"/>, <see cref="End"/>).</summary>
    public bool Covers(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>
    /// Without <c>end-date</c> the window ends after today (UTC), so today's rows are in; without <c>start-date</c>
    /// it starts <paramref name="defaultDays"/> before its end.
    /// </summary>
    public static ParameterParseResult<AccountsQuery> Parse(IQueryCollection query, DateTimeOffset now, int defaultDays)
    {
        if (Seconds(query, "end-date") is { IsValid: false } badEnd)
        {
            return Failure(badEnd);
        }
        if (Seconds(query, "start-date") is { IsValid: false } badStart)
        {
            return Failure(badStart);
        }
        var end = Seconds(query, "end-date").Value ?? new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var start = Seconds(query, "start-date").Value ?? end.AddDays(-defaultDays);
        if (start >= end)
        {
            return ParameterParseResult<AccountsQuery>.Failure("start-date", "start-date must be before end-date (end-date is exclusive).");
        }
        if (Flag(query, "pending") is not { } pending)
        {
            return ParameterParseResult<AccountsQuery>.Failure("pending", "pending must be 1 or 0.");
        }
        if (Flag(query, "balances-only") is not { } balancesOnly)
        {
            return ParameterParseResult<AccountsQuery>.Failure("balances-only", "balances-only must be 1 or 0.");
        }
        int? version = query["version"].ToString() switch
        {
            "" or "1" => 1,
            "2" => 2,
            _ => null,
        };
        if (version is null)
        {
            return ParameterParseResult<AccountsQuery>.Failure("version", "version must be 1 or 2.");
        }
        var accounts = query["account"].Where(a => !string.IsNullOrEmpty(a)).Select(a => a!).ToHashSet(StringComparer.Ordinal);
        return ParameterParseResult<AccountsQuery>.Success(new AccountsQuery(start, end, pending, accounts, balancesOnly, version.Value));
    }

    private static ParameterParseResult<DateTimeOffset?> Seconds(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return ParameterParseResult<DateTimeOffset?>.Success(null);
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= MinSeconds and <= MaxSeconds
            ? ParameterParseResult<DateTimeOffset?>.Success(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : ParameterParseResult<DateTimeOffset?>.Failure(name, $"{name} must be a whole number of seconds since 1970-01-01 UTC.");
    }

    /// <summary>1/0 as the protocol writes them; true/false and an empty value are forgiven.</summary>
    private static bool? Flag(IQueryCollection query, string name) => query[name].ToString().ToLowerInvariant() switch
    {
        "" or "0" or "false" => false,
        "1" or "true" => true,
        _ => null,
    };

    private static ParameterParseResult<AccountsQuery> Failure<T>(ParameterParseResult<T> bad) =>
        ParameterParseResult<AccountsQuery>.Failure(bad.ParameterName!, bad.ErrorMessage!);
}
