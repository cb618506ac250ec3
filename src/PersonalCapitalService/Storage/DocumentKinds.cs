namespace PersonalCapitalService.Storage;

/// <summary>The whole upstream answers the sync keeps (the legacy bodies derived from them are in <c>LegacyBodies</c>).</summary>
internal static class DocumentKinds
{
    public const string Accounts = "upstream:getAccounts2";
    public const string Categories = "upstream:getCategories";
    public const string Holdings = "upstream:getHoldings";

    /// <summary>A report for one range, kept so it can still be shown when the upstream is down.</summary>
    public static string Report(string name, DateOnly start, DateOnly end) => $"upstream:{name}:{start:yyyy-MM-dd}:{end:yyyy-MM-dd}";
}
