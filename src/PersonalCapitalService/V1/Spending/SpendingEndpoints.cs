using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Spending;

internal static class SpendingEndpoints
{
    public static IEndpointRouteBuilder MapV1Spending(this IEndpointRouteBuilder v1)
    {
        // The upstream answers the current month, week and year whatever range it is sent, so none is taken here.
        v1.MapRows("spending", async (V1Request request, CancellationToken ct) =>
            {
                var today = request.Today;
                var spending = await request.Data.GetSpendingAsync(new DateOnly(today.Year, today.Month, 1), today, ct);
                return new RowsResult<SpendingRecord>(SpendingMapping.ToRecords(spending));
            },
            "Spending so far this month, week and year, with the upstream's average and target")
            .WithTags("Transactions");
        return v1;
    }
}
