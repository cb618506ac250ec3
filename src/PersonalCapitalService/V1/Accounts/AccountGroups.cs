using PersonalCapital.Client.Models;

namespace PersonalCapitalService.V1.Accounts;

/// <summary>The eight groups of <c>/v1/accounts</c>, from the upstream's product type (and its retirement flag).</summary>
public static class AccountGroups
{
    public const string Cash = "cash";
    public const string Credit = "credit";
    public const string Investment = "investment";
    public const string Retirement = "retirement";
    public const string Loan = "loan";
    public const string Mortgage = "mortgage";
    public const string OtherAsset = "other asset";
    public const string OtherLiability = "other liability";

    /// <summary>Every group, assets first, in the order the dashboard shows them.</summary>
    public static readonly IReadOnlyList<string> All = [Cash, Investment, Retirement, OtherAsset, Credit, Loan, Mortgage, OtherLiability];

    public static string Of(Account account) => account.ProductType switch
    {
        "BANK" => Cash,
        "CREDIT_CARD" => Credit,
        "INVESTMENT" => account.AccountTypeGroup == "RETIREMENT" ? Retirement : Investment,
        "LOAN" => Loan,
        "MORTGAGE" => Mortgage,
        "OTHER_ASSETS" => OtherAsset,
        "OTHER_LIABILITIES" => OtherLiability,
        // A product type this service has not seen: the upstream's own flag still says which side it is on.
        _ => account.IsLiability == true || account.IsAsset == false ? OtherLiability : OtherAsset,
    };

    public static bool IsLiabilityGroup(string group) => group is Credit or Loan or Mortgage or OtherLiability;
}
