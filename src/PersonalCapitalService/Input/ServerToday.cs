namespace PersonalCapitalService.Input;

/// <summary>"Today" as the routes count it: the server's local date, as the original's (relative ranges, ETags, the sync).</summary>
internal static class ServerToday
{
    public static DateOnly LocalToday(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
