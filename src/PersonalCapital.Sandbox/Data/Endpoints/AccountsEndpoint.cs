using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data.Generation;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>newaccount/getAccounts</c> and <c>newaccount/getAccounts2</c>: the notes pair both with the same fixture
/// (getAccounts.json), so both answer the same rich account objects and totals: liabilities positive,
/// networth = assets − liabilities.
/// </summary>
internal static class AccountsEndpoint
{
    public static JsonObject Detailed(DemoDataset data)
    {
        var result = Totals(data);
        result["accounts"] = new JsonArray([.. data.Accounts.Select((a, i) => (JsonNode)RichAccount(data, a, i))]);
        return result;
    }

    /// <summary>
    /// getAccounts2 in the shape of <paramref name="site"/> (§12, "New-site payloads"): the new site names an account
    /// <c>name</c> and has no <c>isActive</c>; the classic one says <c>accountName</c> and <c>isActive</c>. The same
    /// accounts, totals and every other field either way.
    /// </summary>
    public static JsonObject Detailed(DemoDataset data, SandboxSite site)
    {
        var result = Detailed(data);
        foreach (var account in result["accounts"]!.AsArray().OfType<JsonObject>())
        {
            var name = account["name"]!.DeepClone();
            account.Remove("accountName");
            if (site == SandboxSite.Classic)
            {
                account.Remove("name");
                account.Insert(2, "accountName", name);
                account["isActive"] = account["closedDate"]!.GetValue<string>().Length == 0;
            }
        }
        return result;
    }

    internal sealed record BucketTotals(decimal Cash, decimal Investment, decimal CreditCard, decimal Mortgage, decimal Loan, decimal OtherAssets)
    {
        public decimal Assets => Cash + Investment + OtherAssets;
        public decimal Liabilities => CreditCard + Mortgage + Loan;
        public decimal Networth => Assets - Liabilities;
    }

    /// <summary>Bucket totals of <paramref name="accounts"/> on <paramref name="date"/>; shared with the histories.</summary>
    internal static BucketTotals TotalsOn(DemoDataset data, IEnumerable<DemoAccount> accounts, DateOnly date)
    {
        decimal Sum(IEnumerable<DemoAccount> source, AccountBucket bucket) =>
            source.Where(a => a.Bucket == bucket).Sum(a => data.BalanceOn(a, date));
        var list = accounts as IReadOnlyCollection<DemoAccount> ?? [.. accounts];
        return new BucketTotals(Sum(list, AccountBucket.Cash), Sum(list, AccountBucket.Investment), Sum(list, AccountBucket.CreditCard),
            Sum(list, AccountBucket.Mortgage), Sum(list, AccountBucket.Loan), Sum(list, AccountBucket.OtherAsset));
    }

    private static JsonObject Totals(DemoDataset data)
    {
        var totals = TotalsOn(data, data.Accounts, data.Today);
        return new JsonObject
        {
            ["networth"] = Money(totals.Networth),
            ["assets"] = Money(totals.Assets),
            ["liabilities"] = Money(totals.Liabilities),
            ["cashAccountsTotal"] = Money(totals.Cash),
            ["investmentAccountsTotal"] = Money(totals.Investment),
            ["creditCardAccountsTotal"] = Money(totals.CreditCard),
            ["mortgageAccountsTotal"] = Money(totals.Mortgage),
            ["loanAccountsTotal"] = Money(totals.Loan),
            ["otherAssetAccountsTotal"] = Money(totals.OtherAssets),
            ["otherLiabilitiesAccountsTotal"] = 0,
        };
    }

    private static JsonObject RichAccount(DemoDataset data, DemoAccount account, int index)
    {
        var json = new JsonObject
        {
            ["userAccountId"] = account.UserAccountId,
            ["accountId"] = account.AccountId,
            ["name"] = account.Name,
            ["accountName"] = account.ShortName,
            ["originalName"] = account.OriginalName,
            ["firmName"] = account.FirmName,
            ["originalFirmName"] = account.OriginalFirmName,
            ["accountHolder"] = "JANE DOE",
            ["productType"] = account.ProductType,
            ["productId"] = account.ProductId,
            ["userProductId"] = 40_001_234 + index,
            ["accountType"] = account.AccountType,
        };
        if (!account.OmitAccountTypeNew)
        {
            json["accountTypeNew"] = account.AccountTypeNew;
        }
        json["accountTypeGroup"] = account.AccountTypeGroup;
        if (account.AccountTypeSubtype is not null)
        {
            json["accountTypeSubtype"] = account.AccountTypeSubtype;
        }
        json["siteId"] = account.SiteId;
        json["userSiteId"] = 20_001_234 + index;
        json["currency"] = "USD";
        json["balance"] = Money(account.Balance);
        json["currentBalance"] = Money(account.Balance);

        switch (account.Bucket)
        {
            case AccountBucket.Cash:
                BankFields(data, account, json);
                break;
            case AccountBucket.CreditCard:
                CardFields(data, account, json);
                break;
            case AccountBucket.Investment:
                InvestmentFields(data, account, json);
                break;
            case AccountBucket.Mortgage:
            case AccountBucket.Loan:
                LoanFields(data, account, json);
                break;
            case AccountBucket.OtherAsset when account.Role == AccountRole.Home:
                HomeFields(json);
                break;
        }

        json["isAsset"] = !account.IsLiability;
        json["isLiability"] = account.IsLiability;
        json["isManual"] = account.IsManual;
        json["isCustomManual"] = account.IsManual && account.Role != AccountRole.Home;
        json["isManualPortfolio"] = false;
        json["isOnUs"] = false;
        json["isOnUsBank"] = false;
        json["isOnUs401K"] = false;
        json["isOnUsRetirement"] = false;
        json["isCrypto"] = false;
        json["isPartner"] = false;
        json["isEsog"] = false;
        json["isHome"] = account.Role == AccountRole.Home;
        json["isOAuth"] = account.Role is AccountRole.Checking or AccountRole.Savings;
        json["isExcludeFromHousehold"] = false;
        json["isAccountUsedInFunding"] = false;
        json["isPaymentFromCapable"] = false;
        json["isPaymentToCapable"] = false;
        json["paymentFromStatus"] = false;
        json["paymentToStatus"] = false;
        json["is365DayTransactionEligible"] = !account.IsManual;
        json["isRefetchTransactionEligible"] = false;
        json["aggregating"] = false;
        json["closedDate"] = ClosedDate(account);
        json["createdDate"] = EpochMilliseconds(account.OpenedOn.AddDays(-3), 15.5);
        json["lastRefreshed"] = LastRefreshed(data, account);
        json["oldestTransactionDate"] = Date(OldestTransactionDate(data, account));
        json["infoSource"] = account.IsManual ? "SAFEPAGE" : "YODLEE";
        if (!account.IsManual)
        {
            var domain = account.FirmName.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
            json["homeUrl"] = $"https://www.{domain}.example";
            json["loginUrl"] = $"https://online.{domain}.example/login";
            json["logoPath"] = $"https://img.example/logos/{domain}.png";
        }
        json["link"] = $"/page/login/app#/accounts/details?ua={account.UserAccountId}";
        json["memo"] = "";
        json["nextAction"] = NextAction(account);
        return json;
    }

    private static void BankFields(DemoDataset data, DemoAccount account, JsonObject json)
    {
        var pending = RecentRows(data, account, 10).Where(t => t.IsPending && !t.Flags.IsCredit).Sum(t => t.Amount);
        json["availableBalance"] = Money(account.Balance - pending);
        json["priorBalance"] = Money(data.BalanceOn(account, data.Today.AddDays(-1)));
        json["interestEarnedYtd"] = Money(YearToDate(data, account, TransactionTypes.Interest));
    }

    private static void CardFields(DemoDataset data, DemoAccount account, JsonObject json)
    {
        var (limit, limitAsText) = CreditLimit(account);
        var lastPayment = LastRow(data, account, TransactionTypes.Payment);
        var quirky = account.Role == AccountRole.CashBackCard;
        json["runningBalance"] = Money(account.Balance);
        json["creditLimit"] = limitAsText ? MoneyText(limit) : Money(limit);
        json["availableCredit"] = Money(limit - account.Balance);
        json["creditUtilization"] = Number(account.Balance / limit * 100m, 1);
        json["apr"] = account.Role == AccountRole.RewardsCard ? 24.99m : 19.49m;
        json["amountDue"] = quirky ? NaN : Money(account.Balance);
        json["minPaymentDue"] = quirky ? NaN : Money(Math.Min(account.Balance, Math.Max(35m, Math.Round(account.Balance * 0.02m, 2))));
        json["dueDate"] = EpochMilliseconds(NextMonthlyDay(data.Today, 25), 8);
        if (lastPayment is not null)
        {
            json["lastPayment"] = Money(lastPayment.Amount);
            json["lastPaymentAmount"] = quirky ? NaN : Money(lastPayment.Amount);
            json["lastPaymentDate"] = EpochMilliseconds(lastPayment.Date, 8);
        }
    }

    private static void InvestmentFields(DemoDataset data, DemoAccount account, JsonObject json)
    {
        var holdings = data.Holdings.Where(h => h.Account == account).ToList();
        var cash = holdings.Where(h => h.Security.HoldingType == "Cash").Sum(h => h.Value);
        var fees = Math.Round(holdings.Sum(h => h.Value * (h.Security.FundFees ?? 0m) / 100m), 2);
        var fundFees = account.Balance == 0m ? 0m : Math.Round(fees / account.Balance * 100m, 2);
        json["availableCash"] = MoneyText(cash);
        json["advisoryFeePercentage"] = account.Role == AccountRole.RothIra ? NaN : 0;
        json["feesPerYear"] = account.Role == AccountRole.RolloverIra ? NaN : Money(fees);
        json["fundFees"] = Plain(fundFees);
        json["totalFee"] = account.Role == AccountRole.RothIra ? NaN : Money(fees);
        json["isTaxDeferredOrNonTaxable"] = account.Role != AccountRole.Brokerage;
    }

    private static void LoanFields(DemoDataset data, DemoAccount account, JsonObject json)
    {
        var schedule = account.Role == AccountRole.Mortgage ? data.Mortgage : data.AutoLoan;
        var lastPayment = LastRow(data, account, TransactionTypes.Payment);
        json["principalBalance"] = Money(account.Balance);
        json["accruedInterest"] = 0;
        json["interestRate"] = Plain(schedule.AnnualRatePercent);
        json["originalLoanAmount"] = account.Role == AccountRole.Mortgage ? 360_000 : Money(Math.Round(schedule.OpeningBalance / 100m) * 100m);
        json["interestPaidYtd"] = Money(YearToDate(data, account, TransactionTypes.Interest));
        json["lender"] = account.FirmName;
        json["originationDate"] = Date(account.Role == AccountRole.Mortgage ? data.HistoryStart.AddYears(-2) : account.OpenedOn);
        json["billingCycle"] = "MONTHLY";
        json["amountDue"] = lastPayment is null ? NaN : Money(lastPayment.Amount);
        json["minPaymentDue"] = lastPayment is null ? NaN : Money(lastPayment.Amount);
        json["dueDate"] = EpochMilliseconds(NextMonthlyDay(data.Today, account.Role == AccountRole.Mortgage ? 1 : 10), 8);
        if (lastPayment is not null)
        {
            json["lastPaymentAmount"] = Money(lastPayment.Amount);
            json["lastPaymentDate"] = EpochMilliseconds(lastPayment.Date, 8);
        }
    }

    private static void HomeFields(JsonObject json)
    {
        json["propertyType"] = "SINGLE_FAMILY";
        json["useHomeValuation"] = true;
        json["zillowStatus"] = "MATCHED";
        json["addressline"] = "123 Example Street";
        json["city"] = "Springfield";
        json["state"] = "IL";
        json["zip"] = "62701";
        json["latitude"] = 39.7817;
        json["longitude"] = -89.6501;
    }

    private static JsonObject NextAction(DemoAccount account)
    {
        var stale = account.Role == AccountRole.Employer401K;
        return new JsonObject
        {
            ["action"] = stale ? "INITIATE_REFRESH" : "NONE",
            ["iconType"] = stale ? "WARNING" : "NONE",
            ["reportAction"] = "NONE",
            ["statusMessage"] = stale ? "Last updated 2 days ago" : "",
            ["nextActionMessage"] = stale ? "Refresh this account" : "",
            ["aggregationErrorType"] = "NO_ERROR",
            ["prompts"] = new JsonArray(),
        };
    }

    /// <summary>The rewards card reports its limit as a string, as some upstream responses do.</summary>
    private static (decimal Limit, bool AsText) CreditLimit(DemoAccount account) =>
        account.Role == AccountRole.RewardsCard ? (12_000m, true) : (8_000m, false);

    private static string ClosedDate(DemoAccount account) => account.ClosedDate is { } closed ? Date(closed) : "";

    private static long LastRefreshed(DemoDataset data, DemoAccount account)
    {
        if (account.ClosedDate is { } closed)
        {
            return EpochMilliseconds(closed, 12);
        }
        var daysAgo = account.Role == AccountRole.Employer401K ? 2 : 0;
        return EpochMilliseconds(data.Today.AddDays(-daysAgo), 6 - (account.UserAccountId - AccountCatalog.FirstUserAccountId) * 0.1);
    }

    private static DateOnly OldestTransactionDate(DemoDataset data, DemoAccount account) =>
        data.Transactions.FirstOrDefault(t => t.Account == account)?.Date ?? account.OpenedOn;

    private static IEnumerable<DemoTransaction> RecentRows(DemoDataset data, DemoAccount account, int days)
    {
        var (from, to) = data.TransactionRange(data.Today.AddDays(-days), data.Today);
        for (var i = from; i < to; i++)
        {
            if (data.Transactions[i].Account == account)
            {
                yield return data.Transactions[i];
            }
        }
    }

    private static DemoTransaction? LastRow(DemoDataset data, DemoAccount account, TransactionTypeInfo type)
    {
        for (var i = data.Transactions.Count - 1; i >= 0; i--)
        {
            var row = data.Transactions[i];
            if (row.Account == account && row.Type == type)
            {
                return row;
            }
        }
        return null;
    }

    private static decimal YearToDate(DemoDataset data, DemoAccount account, TransactionTypeInfo type)
    {
        var (from, to) = data.TransactionRange(new DateOnly(data.Today.Year, 1, 1), data.Today);
        var sum = 0m;
        for (var i = from; i < to; i++)
        {
            var row = data.Transactions[i];
            if (row.Account == account && row.Type == type)
            {
                sum += row.Amount;
            }
        }
        return sum;
    }

    private static DateOnly NextMonthlyDay(DateOnly today, int day)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, day);
        return thisMonth > today ? thisMonth : thisMonth.AddMonths(1);
    }
}
