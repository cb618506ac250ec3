using PersonalCapitalService.V1.Accounts;

namespace PersonalCapitalService.V1.Spending;

/// <summary>getUserSpending intervals → <see cref="SpendingRecord"/>.</summary>
public static class SpendingMapping
{
    public static IReadOnlyList<SpendingRecord> ToRecords(PersonalCapital.Client.Models.Spending spending) =>
        [.. spending.Intervals
            .Where(i => AccountMapping.NullIfEmpty(i.Type) is not null)
            .Select(i => new SpendingRecord(i.Type!.ToLowerInvariant(), i.Current, i.Average, i.Target))];
}
