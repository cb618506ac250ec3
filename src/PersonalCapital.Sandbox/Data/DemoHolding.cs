namespace PersonalCapital.Sandbox.Data;

/// <summary>One position of <c>invest/getHoldings</c>.</summary>
public sealed class DemoHolding
{
    public required DemoAccount Account { get; init; }
    public required DemoSecurity Security { get; init; }
    public required decimal Quantity { get; init; }
    public required decimal Price { get; init; }

    /// <summary>Quantity × price, rounded to cents; the account balance is the sum of these.</summary>
    public required decimal Value { get; init; }

    /// <summary>Null is sent as "NaN".</summary>
    public decimal? CostBasis { get; init; }

    public required double OneDayPercentChange { get; init; }
}
