namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// The demo user's accounts: one of every product type, plus the quirks real responses have (an en dash and a ® in
/// names, a closed account, manual accounts, an IRA without subtype, a null and an absent <c>accountTypeNew</c>,
/// a loan linked after the history starts).
/// </summary>
internal static class AccountCatalog
{
    public const long FirstUserAccountId = 30_001_234;

    public static List<DemoAccount> Create(DateOnly historyStart, DateOnly today)
    {
        var accounts = new List<DemoAccount>();
        var loanOpened = Later(historyStart, FirstOfMonth(today.AddMonths(-40)));
        var historyDays = today.DayNumber - historyStart.DayNumber;
        var closedOn = Later(historyStart.AddDays(40), today.AddDays(-Math.Max(45, historyDays * 2 / 5)));

        void Add(AccountRole role, AccountBucket bucket, string name, string shortName, string originalName, string firm,
            string originalFirm, string productType, int productId, string accountType, string? accountTypeNew,
            string accountTypeGroup, string? subtype, int siteId, bool omitTypeNew = false, bool manual = false,
            DateOnly? opened = null, DateOnly? closed = null)
        {
            var userAccountId = FirstUserAccountId + accounts.Count;
            accounts.Add(new DemoAccount
            {
                Role = role,
                Bucket = bucket,
                UserAccountId = userAccountId,
                AccountId = $"{siteId}_{2_200_871 + accounts.Count}_{userAccountId}",
                Name = name,
                ShortName = shortName,
                OriginalName = originalName,
                FirmName = firm,
                OriginalFirmName = originalFirm,
                ProductType = productType,
                ProductId = productId,
                AccountType = accountType,
                AccountTypeNew = accountTypeNew,
                OmitAccountTypeNew = omitTypeNew,
                AccountTypeGroup = accountTypeGroup,
                AccountTypeSubtype = subtype,
                SiteId = siteId,
                IsManual = manual,
                OpenedOn = opened ?? historyStart,
                ClosedDate = closed,
            });
        }

        Add(AccountRole.Checking, AccountBucket.Cash, "Acme Bank® Checking – Ending in 4821", "Acme Bank® Checking",
            "ACME BANK CHECKING - Ending in 4821", "Acme Bank", "Acme Bank, N.A.", "BANK", 31, "Checking", "CHECKING", "BANK", "", 10045);
        Add(AccountRole.Savings, AccountBucket.Cash, "High-Yield Savings - Ending in 7710", "High-Yield Savings",
            "HIGH YIELD SAVINGS - Ending in 7710", "Acme Bank", "Acme Bank, N.A.", "BANK", 32, "Savings", "SAVINGS", "BANK", "", 10045);
        Add(AccountRole.RewardsCard, AccountBucket.CreditCard, "Rewards Visa - Ending in 1099", "Rewards Visa",
            "REWARDS VISA - Ending in 1099", "Example Card Services", "Example Card Services", "CREDIT_CARD", 33, "Credit",
            "PERSONAL", "CREDIT_CARD", null, 10077);
        Add(AccountRole.CashBackCard, AccountBucket.CreditCard, "Summit Cash Back Mastercard® - Ending in 3302",
            "Summit Cash Back Mastercard®", "SUMMIT CASH BACK MC - Ending in 3302", "Summit Credit Union",
            "Summit Credit Union", "CREDIT_CARD", 33, "Credit", "PERSONAL", "CREDIT_CARD", null, 10088);
        Add(AccountRole.Brokerage, AccountBucket.Investment, "Individual Brokerage – Ending in 5520", "Individual Brokerage",
            "INDIVIDUAL - TOD - Ending in 5520", "Northwind Investments", "Northwind Investments LLC", "INVESTMENT", 34,
            "Brokerage", "INVESTMENT", "INVESTMENT", null, 10110);
        Add(AccountRole.Employer401K, AccountBucket.Investment, "Example Corp 401(k)", "Example Corp 401(k)",
            "EXAMPLE CORP 401K PLAN", "Example Retirement Services", "Example Retirement Services", "INVESTMENT", 35, "401K",
            "401K", "RETIREMENT", "TRADITIONAL", 10102);
        Add(AccountRole.RothIra, AccountBucket.Investment, "Roth IRA - Ending in 6614", "Roth IRA", "ROTH IRA - Ending in 6614",
            "Northwind Investments", "Northwind Investments LLC", "INVESTMENT", 36, "IRA - Roth", "IRA", "RETIREMENT", "ROTH", 10110);
        Add(AccountRole.RolloverIra, AccountBucket.Investment, "Rollover IRA - Ending in 2208", "Rollover IRA",
            "ROLLOVER IRA - Ending in 2208", "Harbor Funds", "Harbor Funds Distributors", "INVESTMENT", 36,
            "IRA - Traditional", "IRA", "RETIREMENT", "", 10131);
        Add(AccountRole.Mortgage, AccountBucket.Mortgage, "Home Mortgage - Ending in 0932", "Home Mortgage",
            "MORTGAGE - Ending in 0932", "Keystone Home Loans", "Keystone Home Loans", "MORTGAGE", 37, "Mortgage", "MORTGAGE",
            "MORTGAGE", null, 10150);
        Add(AccountRole.AutoLoan, AccountBucket.Loan, "Auto Loan - Ending in 4410", "Auto Loan", "AUTO LOAN - Ending in 4410",
            "Summit Credit Union", "Summit Credit Union", "LOAN", 38, "Loan", "PERSONAL", "", null, 10088, opened: loanOpened);
        Add(AccountRole.Home, AccountBucket.OtherAsset, "Primary Residence", "Primary Residence", "Primary Residence",
            "Home", "Home", "OTHER_ASSETS", 39, "Home", "", "", null, 0, manual: true);
        Add(AccountRole.Car, AccountBucket.OtherAsset, "2019 Subaru Outback", "2019 Subaru Outback", "2019 Subaru Outback",
            "Vehicle", "Vehicle", "OTHER_ASSETS", 39, "Assets", null, "", null, 0, omitTypeNew: true, manual: true);
        Add(AccountRole.ClosedChecking, AccountBucket.Cash, "Old Town Checking – Ending in 1180", "Old Town Checking",
            "OLD TOWN CHECKING - Ending in 1180", "Old Town Bank", "Old Town Bank", "BANK", 31, "Checking", null, "BANK", null,
            10190, closed: closedOn);
        return accounts;
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
