namespace PersonalCapital.Client.Transport;

/// <summary>
/// What an upstream operation was doing, in the owner's words, for failure messages: "while reading the accounts",
/// not "newaccount/getAccounts2". The path stays in the debug log, where it helps whoever reads the code.
/// </summary>
internal static class UpstreamOperations
{
    private static readonly Dictionary<string, string> Doing = new(StringComparer.Ordinal)
    {
        ["page/login/goHome"] = "opening Empower's sign-in page",
        ["login/identifyUser"] = "identifying the user at sign-in",
        ["login/querySession"] = "checking the session",
        ["credential/authenticatePassword"] = "checking the password",
        ["credential/challengeSms"] = "sending the SMS code",
        ["credential/challengeEmail"] = "sending the e-mail code",
        ["credential/challengePhone"] = "calling with the code",
        ["credential/challengeTotp"] = "asking for the authenticator code",
        ["credential/authenticateSms"] = "checking the SMS code",
        ["credential/authenticateEmailByCode"] = "checking the e-mail code",
        ["credential/authenticatePhone"] = "checking the voice code",
        ["credential/authenticateTotp"] = "checking the authenticator code",
        ["auth/multiauth/noauth/authenticate"] = "signing in (Empower's new sign-in)",
        ["newaccount/getAccounts"] = "reading the accounts",
        ["newaccount/getAccounts2"] = "reading the accounts",
        ["transaction/getUserTransactions"] = "reading the transactions",
        ["transactioncategory/getCategories"] = "reading the categories",
        ["transactiontag/getTags"] = "reading the tags",
        ["invest/getHoldings"] = "reading the holdings",
        ["invest/getAssetClassification"] = "reading the asset classification",
        ["invest/getQuotes"] = "reading the quotes",
        ["account/getHistories"] = "reading the balance history",
        ["account/getUserSpending"] = "reading the spending",
        ["account/getPerformanceHistories"] = "reading the performance",
    };

    /// <summary>"while reading the accounts"; an operation not in the table is named by its last part.</summary>
    public static string While(string operation) =>
        "while " + (Doing.TryGetValue(operation, out var doing) ? doing : $"calling Empower ({operation[(operation.LastIndexOf('/') + 1)..]})");
}
