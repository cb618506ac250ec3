using System.Globalization;
using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>The periods histories can be sliced into.</summary>
internal enum Interval
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Reads the request fields the data endpoints share, turning unreadable ones into request errors.</summary>
internal static class RequestFields
{
    /// <summary>
    /// A <c>yyyy-MM-dd</c> field. Absent or empty gives null (the caller picks the default); anything else that is not
    /// a real calendar date is an error naming the field.
    /// </summary>
    public static bool TryReadDate(FormValues form, string field, out DateOnly? date, out DataResult? invalid)
    {
        date = null;
        invalid = null;
        var text = form.Get(field)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }
        invalid = DataResult.InvalidField(field, $"Invalid {field}: expected a date formatted yyyy-MM-dd.");
        return false;
    }

    /// <summary>
    /// Reads <c>interval</c> and/or <c>intervalType</c> (clients send either or both), case-insensitively; absent
    /// gives <paramref name="fallback"/>.
    /// </summary>
    public static bool TryReadInterval(FormValues form, Interval fallback, out Interval interval, out DataResult? invalid)
    {
        interval = fallback;
        invalid = null;
        foreach (var field in new[] { "interval", "intervalType" })
        {
            var text = form.Get(field)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            Interval? parsed = text.ToUpperInvariant() switch
            {
                "DAY" => Interval.Day,
                "WEEK" => Interval.Week,
                "MONTH" => Interval.Month,
                "YEAR" => Interval.Year,
                _ => null,
            };
            if (parsed is null)
            {
                invalid = DataResult.InvalidField(field, $"Invalid {field}: expected DAY, WEEK, MONTH or YEAR.");
                return false;
            }
            interval = parsed.Value;
            return true;
        }
        return true;
    }

    public static string Name(this Interval interval) => interval.ToString().ToUpperInvariant();

    /// <summary><c>userAccountIds</c> as a set, or null for "all accounts" (absent or <c>[]</c>).</summary>
    public static HashSet<long>? AccountFilter(FormValues form, string field = "userAccountIds")
    {
        var ids = form.GetIds(field);
        return ids.Count == 0 ? null : [.. ids];
    }

    /// <summary>An integer field, or <paramref name="fallback"/> when absent or not an integer (paging is lenient).</summary>
    public static int Integer(FormValues form, string field, int fallback) =>
        int.TryParse(form.Get(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static bool IsTrue(FormValues form, string field, bool fallback) =>
        form.Get(field)?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => fallback,
        };
}
