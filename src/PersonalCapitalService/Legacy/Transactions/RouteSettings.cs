using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>Limits of route parameters (<c>Routes__*</c>).</summary>
public sealed class RouteSettings
{
    public const string SectionName = "Routes";

    /// <summary>Largest <c>{numDays}</c> accepted.</summary>
    public int MaxNumDays { get; set; } = NumDaysParameter.DefaultMaximum;
}
