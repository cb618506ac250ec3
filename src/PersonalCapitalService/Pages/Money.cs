using System.Globalization;

namespace PersonalCapitalService.Pages;

/// <summary>Amounts as the pages show them: -$1,234.56, with the sign before the currency symbol.</summary>
internal static class Money
{
    public static string Show(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>The invariant number, for data attributes that scripts and tests read.</summary>
    public static string Raw(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    public static string? Css(decimal amount) => amount < 0 ? "num neg" : "num";
}
