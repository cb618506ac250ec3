using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Protocol;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>account/getUserSpending</c>. Like the upstream, it ignores the dates and interval it is sent (either request
/// style) and always answers with the current MONTH, WEEK and YEAR. Spending is what the service calls expenses
/// (<c>isSpending</c> and not <c>isCashIn</c>) minus refunds (<c>isSpending</c> and <c>isCashIn</c>).
/// </summary>
internal static class UserSpendingEndpoint
{
    private const int AveragedPeriods = 12;

    public static DataResult Handle(DemoDataset data, FormValues form)
    {
        var includeDetails = RequestFields.IsTrue(form, "includeDetails", true);
        var daily = data.DailySpending;
        var intervals = new JsonArray
        {
            Summarize(data, daily, Endpoints.Interval.Month, includeDetails),
            Summarize(data, daily, Endpoints.Interval.Week, includeDetails),
            Summarize(data, daily, Endpoints.Interval.Year, includeDetails),
        };
        return DataResult.Ok(new JsonObject { ["intervals"] = intervals });
    }

    private static JsonObject Summarize(DemoDataset data, IReadOnlyList<decimal> daily, Interval interval, bool includeDetails)
    {
        decimal Sum(DateOnly from, DateOnly to)
        {
            var sum = 0m;
            for (var day = Later(from, data.HistoryStart); day <= to; day = day.AddDays(1))
            {
                sum += daily[day.DayNumber - data.HistoryStart.DayNumber];
            }
            return sum;
        }

        var today = data.Today;
        var periodStart = Periods.Start(interval, today);
        var current = Sum(periodStart, today);

        // The average covers the full periods before this one that lie entirely within the history.
        var previousTotals = new List<decimal>();
        var cursor = periodStart.AddDays(-1);
        while (previousTotals.Count < AveragedPeriods && Periods.Start(interval, cursor) >= data.HistoryStart)
        {
            var start = Periods.Start(interval, cursor);
            previousTotals.Add(Sum(start, cursor));
            cursor = start.AddDays(-1);
        }

        var json = new JsonObject { ["type"] = interval.Name() };
        if (previousTotals.Count > 0)
        {
            json["average"] = Money(previousTotals.Average());
        }
        json["current"] = Money(current);
        json["target"] = Money(previousTotals.Count > 0 ? Math.Round(previousTotals.Average() * 0.09m) * 10m : current);
        if (includeDetails)
        {
            var details = new JsonArray();
            if (interval == Endpoints.Interval.Year)
            {
                for (var month = periodStart; month <= today; month = month.AddMonths(1))
                {
                    var monthEnd = Periods.End(Endpoints.Interval.Month, month);
                    details.Add(Detail(month, Sum(month, monthEnd < today ? monthEnd : today)));
                }
            }
            else
            {
                for (var day = periodStart; day <= today; day = day.AddDays(1))
                {
                    details.Add(Detail(day, Sum(day, day)));
                }
            }
            json["details"] = details;
        }
        return json;
    }

    private static JsonObject Detail(DateOnly date, decimal amount) => new() { ["date"] = Date(date), ["amount"] = Money(amount) };

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
