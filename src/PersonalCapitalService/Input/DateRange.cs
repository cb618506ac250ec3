
namespace PersonalCapitalService.Input;

/// <summary>An inclusive range of calendar days, as sent upstream in <c>startDate</c>/<c>endDate</c>.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    /// <summary>The wire format of every date, upstream and in routes.</summary>
    public const string WireFormat = "yyyy-MM-dd";

}
