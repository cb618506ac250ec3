using PersonalCapital.Client.Models;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.NetWorth;

/// <summary>getHistories <c>networthHistories</c> → <see cref="NetWorthRecord"/>, one per day, week or month.</summary>
public static class NetWorthMapping
{
    public static IReadOnlyList<NetWorthRecord> ToRecords(Histories histories, HistoryInterval interval)
    {
        var daily = histories.Networth
            .Where(p => p.Date is not null)
            .OrderBy(p => p.Date!.Value);
        return [.. HistoryIntervals.LastOfEachPeriod(daily, p => p.Date!.Value, interval).Select(ToRecord)];
    }

    private static NetWorthRecord ToRecord(NetworthPoint point)
    {
        var assets = point.TotalAssets ?? 0m;
        // The upstream's totals carry liabilities as positive amounts owed.
        var liabilities = -Math.Abs(point.TotalLiabilities ?? 0m);
        return new NetWorthRecord(point.Date!.Value, assets, liabilities, point.Value ?? assets + liabilities);
    }
}
