using PersonalCapital.Sandbox.Data.Endpoints;

namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// Writes the demo user's history month by month. Besides the everyday purchases (whose count scales with Volume),
/// every month — including the partial current one, on days up to Today — gets at least one row of each kind the
/// service's filters look for: expenses, a refund, paychecks, transfers, a pending row, Buy, Sell, dividends,
/// the three flavours of Shares In, Shares Out, a 401k contribution pair, a "Retirement Contributions" row that is
/// not a Contribution, Adjusted Sells, an en dash in a description and a category that getCategories no longer lists.
/// Bank and card rows move their account's balance, which is tracked here so transfers keep checking sensible.
/// </summary>
internal sealed class TransactionGenerator
{
    private const decimal CheckingTarget = 6_000m;
    private const decimal CheckingFloor = 2_500m;

    /// <summary>Keeps a month of everyday spending at Volume 1 within a paycheck and a half.</summary>
    private const decimal EverydayAmountScale = 0.65m;

    private const int EverydayRowsPerMonth = 60;

    private const string UseDescription = "\u0000description";

    private readonly DemoDataOptions _options;
    private readonly DateOnly _historyStart;
    private readonly MarketModel _market;
    private readonly DeterministicRandom _random;
    private readonly Dictionary<AccountRole, DemoAccount> _byRole;
    private readonly Dictionary<(AccountRole, string), DemoHolding> _holdings;
    private readonly List<DemoTransaction> _rows = [];
    private readonly Dictionary<DemoAccount, decimal> _ledger = [];
    private readonly Dictionary<DemoAccount, decimal> _opening = [];
    private readonly Dictionary<DemoAccount, decimal> _cardSpendThisMonth = [];
    private readonly LoanSchedule _mortgage;
    private readonly LoanSchedule _autoLoan;
    private readonly decimal _netPay;

    public TransactionGenerator(DemoDataOptions options, DateOnly historyStart, IReadOnlyList<DemoAccount> accounts,
        IReadOnlyList<DemoHolding> holdings, MarketModel market)
    {
        _options = options;
        _historyStart = historyStart;
        _market = market;
        _random = DeterministicRandom.For(options.Seed, "transactions");
        _byRole = accounts.ToDictionary(a => a.Role);
        _holdings = holdings.Where(h => h.Security.Ticker.Length > 0).ToDictionary(h => (h.Account.Role, h.Security.Ticker));

        var today = options.Today;
        _mortgage = LoanSchedule.Backward(Math.Round(287_000m * _random.Around(0.1m), 2), 3.25m, 1_850m,
            Periods.MonthsSpanned(historyStart, today));
        _autoLoan = LoanSchedule.Backward(Math.Round(14_200m * _random.Around(0.15m), 2), 4.9m, 425m,
            Periods.MonthsSpanned(Account(AccountRole.AutoLoan).OpenedOn, today));
        _netPay = Math.Round(2_950m * _random.Around(0.05m), 2);

        Open(AccountRole.Checking, Math.Round(4_500m * _random.Around(0.2m), 2));
        Open(AccountRole.Savings, Math.Round(18_000m * _random.Around(0.2m), 2));
        Open(AccountRole.RewardsCard, Math.Round(1_100m * _random.Around(0.2m), 2));
        Open(AccountRole.CashBackCard, Math.Round(650m * _random.Around(0.2m), 2));
        Open(AccountRole.ClosedChecking, Math.Round(1_800m * _random.Around(0.2m), 2));
        Open(AccountRole.Mortgage, _mortgage.OpeningBalance);
        Open(AccountRole.AutoLoan, _autoLoan.OpeningBalance);
        // The statement due in the first month is whatever the cards carried in.
        _cardSpendThisMonth[Account(AccountRole.RewardsCard)] = _ledger[Account(AccountRole.RewardsCard)];
        _cardSpendThisMonth[Account(AccountRole.CashBackCard)] = _ledger[Account(AccountRole.CashBackCard)];
    }

    public LoanSchedule Mortgage => _mortgage;

    public LoanSchedule AutoLoan => _autoLoan;

    /// <summary>Ledger balance of each bank, card and loan account on the day before the history starts (or it opens).</summary>
    public IReadOnlyDictionary<DemoAccount, decimal> OpeningBalances => _opening;

    /// <summary>All rows, in generation order.</summary>
    public List<DemoTransaction> Generate()
    {
        var today = _options.Today;
        for (var month = _historyStart; month <= today; month = month.AddMonths(1))
        {
            GenerateMonth(month, IsCurrentMonth(month) ? today.Day : DateTime.DaysInMonth(month.Year, month.Month));
        }
        return _rows;
    }

    private void GenerateMonth(DateOnly firstOfMonth, int lastDay)
    {
        DateOnly On(int preferredDay) => firstOfMonth.AddDays(Math.Min(preferredDay, lastDay) - 1);
        DateOnly AnyDay(int from, int to) => On(_random.Between(from, to));

        var rewards = Account(AccountRole.RewardsCard);
        var cashBack = Account(AccountRole.CashBackCard);
        var rewardsDue = _cardSpendThisMonth[rewards];
        var cashBackDue = _cardSpendThisMonth[cashBack];
        _cardSpendThisMonth[rewards] = 0m;
        _cardSpendThisMonth[cashBack] = 0m;

        Payday(On(1), firstOfMonth);
        if (lastDay >= 15)
        {
            Payday(On(15), firstOfMonth);
        }

        MortgagePayment(firstOfMonth, AnyDay(1, 5));
        AutoLoanPayment(firstOfMonth, AnyDay(8, 12));
        FixedBills(AnyDay(10, 20), AnyDay(10, 20), AnyDay(1, 28), AnyDay(1, 28));
        // In the current month the pending purchase is the newest row, dated Today, as pending rows are in practice.
        var pendingDay = IsCurrentMonth(firstOfMonth) ? On(lastDay) : AnyDay(1, 28);
        CardExtras(AnyDay(1, 28), pendingDay, AnyDay(1, 28));
        if (firstOfMonth.Month % 3 == 0)
        {
            Reimbursement(AnyDay(5, 25));
        }
        Everyday(firstOfMonth, lastDay);
        CardPayment(rewards, rewardsDue, AnyDay(18, 25));
        CardPayment(cashBack, cashBackDue, AnyDay(18, 25));
        BrokerageActivity(AnyDay);
        RetirementActivity(AnyDay);
        ClosedCheckingActivity(firstOfMonth, lastDay);
        SavingsInterest(On(28));
        SavingsSweep(AnyDay(25, 28));
    }

    private bool IsCurrentMonth(DateOnly firstOfMonth) =>
        firstOfMonth.Year == _options.Today.Year && firstOfMonth.Month == _options.Today.Month;

    private void Payday(DateOnly date, DateOnly firstOfMonth)
    {
        var raise = 1m + 0.03m * (firstOfMonth.Year - _historyStart.Year);
        var net = Math.Round(_netPay * raise, 2);
        Cash(AccountRole.Checking, date, net, "Example Corp Payroll", "EXAMPLE CORP DIR DEP PPD ID 9000001",
            CategoryCatalog.PaychecksSalary, TransactionTypes.Credit, "DIRECT_DEPOSIT_SALARY", RowFlags.Paycheck, merchant: "Example Corp");

        // Employee deferral and employer match post together: same day, same description, different amounts.
        var gross = net / 0.72m;
        var fund = Holding(AccountRole.Employer401K, "VTSAX");
        foreach (var share in new[] { 0.06m, 0.04m })
        {
            var amount = Math.Round(gross * share, 2);
            var price = PriceOn(fund, date);
            Investment(fund, date, TransactionTypes.Contribution, "Payroll Contribution", "CONTRIBUTION EXAMPLE CORP PAYROLL",
                Math.Round(amount / price, 4), price, amount, CategoryCatalog.RetirementContributions, "Buy", RowFlags.TransferIn);
        }
    }

    private void MortgagePayment(DateOnly firstOfMonth, DateOnly date)
    {
        var (interest, payment) = _mortgage.Month(Periods.MonthsSpanned(_historyStart, firstOfMonth) - 1);
        var servicer = Account(AccountRole.Mortgage).FirmName;
        Cash(AccountRole.Mortgage, date, interest, "Interest Charged", "INTEREST CHARGED", CategoryCatalog.Mortgages,
            TransactionTypes.Interest, "INTEREST", RowFlags.InterestCharged, merchant: null);
        Cash(AccountRole.Mortgage, date, payment, "Payment Received", "PAYMENT RECEIVED THANK YOU", CategoryCatalog.Transfers,
            TransactionTypes.Payment, "PAYMENT", RowFlags.TransferIn, merchant: null);
        Cash(AccountRole.Checking, date, payment, $"{servicer} Mortgage Payment", "KEYSTONE HOME LN MTG PMT WEB ID 4400017",
            CategoryCatalog.Mortgages, TransactionTypes.Payment, "PAYMENT", RowFlags.Purchase, merchant: servicer, merchantType: "BILLERS");
    }

    private void AutoLoanPayment(DateOnly firstOfMonth, DateOnly date)
    {
        var loan = Account(AccountRole.AutoLoan);
        if (firstOfMonth < loan.OpenedOn)
        {
            return;
        }
        var (interest, payment) = _autoLoan.Month(Periods.MonthsSpanned(loan.OpenedOn, firstOfMonth) - 1);
        Cash(AccountRole.AutoLoan, date, interest, "Interest Charged", "INTEREST CHARGED", CategoryCatalog.Loans,
            TransactionTypes.Interest, "INTEREST", RowFlags.InterestCharged, merchant: null);
        Cash(AccountRole.AutoLoan, date, payment, "Payment Received", "LOAN PAYMENT RECEIVED", CategoryCatalog.Transfers,
            TransactionTypes.Payment, "PAYMENT", RowFlags.TransferIn, merchant: null);
        Cash(AccountRole.Checking, date, payment, "Summit Credit Union Auto Loan Payment", "SUMMIT CU LOAN PMT 4410",
            CategoryCatalog.Loans, TransactionTypes.Payment, "PAYMENT", RowFlags.Purchase, merchant: "Summit Credit Union",
            merchantType: "BILLERS");
    }

    private void FixedBills(DateOnly electric, DateOnly water, DateOnly dogWalker, DateOnly farmersMarket)
    {
        Cash(AccountRole.Checking, electric, _random.Money(60m, 180m), "Springfield Electric", "SPRINGFIELD ELEC UTIL WEB PMT",
            CategoryCatalog.Utilities, TransactionTypes.Debit, "PURCHASE", RowFlags.Purchase, merchantType: "BILLERS");
        Cash(AccountRole.Checking, water, _random.Money(30m, 70m), "Springfield Water", "SPRINGFIELD WATER DEPT",
            CategoryCatalog.Utilities, TransactionTypes.Debit, "PURCHASE", RowFlags.Purchase, merchantType: "BILLERS");
        Cash(AccountRole.Checking, dogWalker, _random.Money(100m, 160m), "Happy Paws Dog Walking", "ZELLE TO HAPPY PAWS DOG WALKING",
            CategoryCatalog.DogWalker, TransactionTypes.Debit, "PURCHASE", RowFlags.Purchase, tags: [CategoryCatalog.PetsTag]);
        Cash(AccountRole.Checking, farmersMarket, _random.Money(20m, 60m), "Saturday Farmers Market", "SQ *SATURDAY FARMERS MKT",
            CategoryCatalog.DeletedCustomCategory, TransactionTypes.Purchase, "PURCHASE", RowFlags.Purchase);
    }

    private void CardExtras(DateOnly cafe, DateOnly pending, DateOnly refund)
    {
        Cash(AccountRole.RewardsCard, cafe, _random.Money(12m, 60m), "Café Luna – Downtown", "CAFE LUNA - DOWNTOWN SPRINGFIELD",
            CategoryCatalog.Restaurants, TransactionTypes.Purchase, "PURCHASE", RowFlags.Purchase, merchant: "Café Luna");
        Cash(AccountRole.RewardsCard, pending, _random.Money(30m, 70m), "Shell", "SHELL OIL 57442 SPRINGFIELD",
            CategoryCatalog.GasolineFuel, TransactionTypes.Purchase, "PURCHASE", RowFlags.Purchase, pending: true);
        Cash(AccountRole.RewardsCard, refund, _random.Money(8m, 60m), "Amazon.com Refund", "AMAZON.COM*RETURN AMZN.COM/BILL",
            CategoryCatalog.GeneralMerchandise, TransactionTypes.Refund, "REFUND", RowFlags.Refund, merchant: "Amazon.com");
    }

    private void Reimbursement(DateOnly date) =>
        Cash(AccountRole.Checking, date, _random.Money(40m, 400m), "Example Corp Expense Reimbursement",
            "EXAMPLE CORP EXP REIMB PPD", CategoryCatalog.RefundsReimbursements, TransactionTypes.Credit, "DEPOSIT",
            RowFlags.Reimbursement, merchant: "Example Corp", tags: [CategoryCatalog.ReimbursableTag]);

    private void Everyday(DateOnly firstOfMonth, int lastDay)
    {
        var daysInMonth = DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month);
        var count = (int)Math.Round((double)(EverydayRowsPerMonth * _options.Volume) * lastDay / daysInMonth);
        for (var i = 0; i < count; i++)
        {
            var merchant = EverydayMerchants.Pick(_random);
            var date = firstOfMonth.AddDays(_random.Between(0, lastDay - 1));
            var amount = Math.Max(1m, Math.Round(_random.Money(merchant.Min, merchant.Max) * EverydayAmountScale / _options.Volume, 2));
            var roll = _random.NextDouble();
            var role = merchant.CardOnly
                ? roll < 0.65 ? AccountRole.RewardsCard : AccountRole.CashBackCard
                : roll < 0.55 ? AccountRole.RewardsCard : roll < 0.85 ? AccountRole.CashBackCard : AccountRole.Checking;
            var type = role == AccountRole.Checking ? TransactionTypes.Debit : TransactionTypes.Purchase;
            Cash(role, date, amount, merchant.Name, merchant.RawDescription, merchant.CategoryId, type, "PURCHASE",
                RowFlags.Purchase, merchantType: merchant.MerchantType, tags: merchant.Tag == 0 ? [] : [merchant.Tag]);
        }
    }

    private void CardPayment(DemoAccount card, decimal statement, DateOnly date)
    {
        if (statement <= 0m)
        {
            return;
        }
        Cash(AccountRole.Checking, date, statement, $"{card.ShortName} Payment", "ONLINE PMT " + card.OriginalFirmName.ToUpperInvariant(),
            CategoryCatalog.CreditCardPayments, TransactionTypes.Payment, "CREDIT_CARD_PAYMENT", RowFlags.TransferOut,
            merchant: card.FirmName);
        Cash(card.Role, date, statement, "Payment Thank You", "ONLINE PAYMENT - THANK YOU", CategoryCatalog.CreditCardPayments,
            TransactionTypes.Payment, "CREDIT_CARD_PAYMENT", RowFlags.TransferIn, merchant: card.FirmName);
    }

    private void BrokerageActivity(Func<int, int, DateOnly> random)
    {
        const AccountRole brokerage = AccountRole.Brokerage;
        for (var i = 0; i < _options.Volume; i++)
        {
            TradeAmount(Holding(brokerage, "VTI"), random(2, 27), TransactionTypes.Buy, "Bought VTI", "YOU BOUGHT VANGUARD TOTAL STOCK MARKET ETF",
                _random.Money(200m, 1_500m), CategoryCatalog.SecuritiesTrades, "Buy", RowFlags.TransferOut);
        }
        TradeQuantity(Holding(brokerage, "AAPL"), random(2, 27), TransactionTypes.Sell, "Sold AAPL", "YOU SOLD APPLE INC",
            Shares(1, 8), CategoryCatalog.SecuritiesTrades, "Sell", RowFlags.TransferIn);
        var vxus = Holding(brokerage, "VXUS");
        Investment(vxus, random(10, 20), TransactionTypes.DividendReceived, "Dividend Received", "DIVIDEND VANGUARD TOTAL INTL STOCK ETF",
            0m, 0m, _random.Money(15m, 120m), CategoryCatalog.InvestmentIncome, "Dividend", RowFlags.TransferIn, OriginalAmountStyle.Absent);
        TradeAmount(Holding(brokerage, "VTI"), random(10, 20), TransactionTypes.ReinvestDividend, "Reinvest Dividend",
            "REINVESTMENT VANGUARD TOTAL STOCK MARKET ETF", _random.Money(10m, 90m), CategoryCatalog.InvestmentIncome,
            "Dividend", RowFlags.TransferOut, OriginalAmountStyle.NaN);
        TradeQuantity(Holding(brokerage, "VNQ"), random(2, 27), TransactionTypes.SharesIn, "Shares Received Gift",
            "SHARES RECEIVED GIFT FROM J DOE", Shares(2, 15), CategoryCatalog.Transfers, "Transfer", RowFlags.TransferIn);
        var aapl = Holding(brokerage, "AAPL");
        Investment(aapl, random(2, 27), TransactionTypes.SharesIn, "Shares In Fractional Share Adjustment",
            "FRACTIONAL SHARE ADJ APPLE INC", 0m, 0m, _random.Money(1m, 25m), CategoryCatalog.Transfers, "Transfer",
            RowFlags.TransferIn, OriginalAmountStyle.NaN);
        TradeQuantity(vxus, random(2, 27), TransactionTypes.SharesIn, "ACAT transfer In from Legacy Brokerage",
            "ACAT TRANSFER IN VANGUARD TOTAL INTL STOCK ETF", Shares(3, 20), CategoryCatalog.Transfers, "Transfer",
            RowFlags.TransferIn);
        TradeQuantity(Holding(brokerage, "VTI"), random(2, 27), TransactionTypes.SharesOut, "Shares Delivered Charitable Gift",
            "SHARES DELIVERED DAF CONTRIBUTION", Shares(1, 3), CategoryCatalog.Transfers, "Transfer", RowFlags.TransferOut);
        Investment(Holding(brokerage, "BND"), random(2, 27), TransactionTypes.SharesOut, "Shares Out Cost Basis Adjustment",
            "COST BASIS ADJ VANGUARD TOTAL BOND MARKET ETF", 0m, 0m, _random.Money(1m, 40m), CategoryCatalog.Transfers, "Transfer",
            RowFlags.TransferOut, OriginalAmountStyle.NaN);
    }

    private void RetirementActivity(Func<int, int, DateOnly> random)
    {
        // A purchase filed under Retirement Contributions without being a "Contribution" row.
        TradeAmount(Holding(AccountRole.RothIra, "VOO"), random(3, 26), TransactionTypes.Buy, "Roth Contribution Purchase VOO",
            "ROTH CONTRIBUTION YOU BOUGHT VANGUARD S&P 500 ETF", _random.Money(300m, 550m),
            CategoryCatalog.RetirementContributions, "Buy", RowFlags.TransferOut);
        TradeQuantity(Holding(AccountRole.RolloverIra, "VFIAX"), random(3, 26), TransactionTypes.AdjustedSell,
            "Adjusted Sell – Plan Rollover Conversion", "ADJUSTED SELL VANGUARD 500 INDEX ADMIRAL", Shares(1, 6),
            CategoryCatalog.SecuritiesTrades, "Sell", RowFlags.TransferIn);
        Investment(Holding(AccountRole.RolloverIra, "VMFXX"), random(3, 26), TransactionTypes.AdjustedSell,
            "Adjusted Sell Cash Residual", "ADJUSTED SELL FEDERAL MONEY MARKET", 0m, 0m, _random.Money(1m, 30m),
            CategoryCatalog.SecuritiesTrades, "Sell", RowFlags.TransferIn);
    }

    private void ClosedCheckingActivity(DateOnly firstOfMonth, int lastDay)
    {
        var closed = Account(AccountRole.ClosedChecking);
        var closedOn = closed.ClosedDate!.Value;
        var feeDay = firstOfMonth.AddDays(Math.Min(5, lastDay) - 1);
        if (feeDay < closedOn)
        {
            Cash(AccountRole.ClosedChecking, feeDay, 5m, "Monthly Maintenance Fee", "MONTHLY MAINTENANCE FEE",
                CategoryCatalog.ServiceChargesFees, TransactionTypes.Fee, "FEE", RowFlags.Purchase, merchant: closed.FirmName);
        }
        if (closedOn.Year == firstOfMonth.Year && closedOn.Month == firstOfMonth.Month && _ledger[closed] > 0m)
        {
            var remaining = _ledger[closed];
            var checking = Account(AccountRole.Checking);
            Cash(AccountRole.ClosedChecking, closedOn, remaining, $"Transfer to {checking.ShortName} – Account Closed",
                "TRANSFER TO ACME BANK ACCOUNT CLOSED", CategoryCatalog.Transfers, TransactionTypes.Transfer, "TRANSFER",
                RowFlags.TransferOut);
            Cash(AccountRole.Checking, closedOn, remaining, $"Transfer from {closed.ShortName}", "DEPOSIT TRANSFER OLD TOWN BANK",
                CategoryCatalog.Transfers, TransactionTypes.Transfer, "TRANSFER", RowFlags.TransferIn);
        }
    }

    private void SavingsInterest(DateOnly date)
    {
        var interest = Math.Max(0.01m, Math.Round(_ledger[Account(AccountRole.Savings)] * 0.035m / 12m, 2));
        Cash(AccountRole.Savings, date, interest, "Interest Paid", "INTEREST PAYMENT", CategoryCatalog.Interest,
            TransactionTypes.Interest, "INTEREST", RowFlags.InterestEarned, merchant: "Acme Bank");
    }

    /// <summary>Moves the month's surplus to savings, or tops checking up from savings when it runs low.</summary>
    private void SavingsSweep(DateOnly date)
    {
        var projected = _ledger[Account(AccountRole.Checking)];
        var toSavings = projected >= CheckingFloor;
        var amount = toSavings
            ? Math.Max(100m, Math.Round((projected - CheckingTarget) / 10m) * 10m)
            : Math.Round((CheckingTarget - projected) / 10m) * 10m;
        var (from, to) = toSavings ? (AccountRole.Checking, AccountRole.Savings) : (AccountRole.Savings, AccountRole.Checking);
        Cash(from, date, amount, $"Online Transfer to {Account(to).ShortName}", "ONLINE TRANSFER TO XXXXXX" + Last4(to),
            CategoryCatalog.Transfers, TransactionTypes.Transfer, "TRANSFER", RowFlags.TransferOut);
        Cash(to, date, amount, $"Online Transfer from {Account(from).ShortName}", "ONLINE TRANSFER FROM XXXXXX" + Last4(from),
            CategoryCatalog.Transfers, TransactionTypes.Transfer, "TRANSFER", RowFlags.TransferIn);
    }

    private string Last4(AccountRole role) => Account(role).Name[^4..];

    /// <summary>A bank, card or loan row.</summary>
    /// <param name="merchant">Defaults to the description; null leaves the merchant fields out (loan-servicing rows).</param>
    private void Cash(AccountRole role, DateOnly date, decimal amount, string description, string raw, int categoryId,
        TransactionTypeInfo type, string subType, RowFlags flags, string? merchant = UseDescription, string merchantType = "OTHERS",
        bool pending = false, IReadOnlyList<int>? tags = null)
    {
        var account = Account(role);
        Add(new DemoTransaction
        {
            Account = account,
            Date = date,
            Amount = amount,
            Description = description,
            OriginalDescription = raw,
            Merchant = merchant == UseDescription ? description : merchant,
            MerchantType = merchantType,
            CategoryId = categoryId,
            Type = type,
            SubType = subType,
            Flags = flags,
            IsPending = pending,
            UserTags = tags ?? [],
        });
        if (account.Bucket == AccountBucket.CreditCard && type != TransactionTypes.Payment)
        {
            _cardSpendThisMonth[account] += flags.IsCredit ? -amount : amount;
        }
    }

    /// <summary>A trade sized by money: the quantity follows from the day's price.</summary>
    private void TradeAmount(DemoHolding holding, DateOnly date, TransactionTypeInfo type, string description, string raw,
        decimal amount, int categoryId, string investmentType, RowFlags flags,
        OriginalAmountStyle originalAmount = OriginalAmountStyle.SameAsAmount)
    {
        var price = PriceOn(holding, date);
        Investment(holding, date, type, description, raw, Math.Round(amount / price, 4), price, amount, categoryId,
            investmentType, flags, originalAmount);
    }

    /// <summary>A trade sized in shares: the amount follows from the day's price.</summary>
    private void TradeQuantity(DemoHolding holding, DateOnly date, TransactionTypeInfo type, string description, string raw,
        decimal quantity, int categoryId, string investmentType, RowFlags flags)
    {
        var price = PriceOn(holding, date);
        Investment(holding, date, type, description, raw, quantity, price, Math.Round(quantity * price, 2), categoryId,
            investmentType, flags);
    }

    private void Investment(DemoHolding holding, DateOnly date, TransactionTypeInfo type, string description, string raw,
        decimal quantity, decimal price, decimal amount, int categoryId, string investmentType, RowFlags flags,
        OriginalAmountStyle originalAmount = OriginalAmountStyle.SameAsAmount) =>
        Add(new DemoTransaction
        {
            Account = holding.Account,
            Date = date,
            Amount = amount,
            Description = description,
            OriginalDescription = raw,
            CategoryId = categoryId,
            Type = type,
            Flags = flags,
            OriginalAmount = originalAmount,
            Investment = new InvestmentDetail(holding.Security.Ticker, holding.Security.Cusip, holding.Security.HoldingType,
                quantity, price, investmentType),
        });

    private void Add(DemoTransaction row)
    {
        row.Sequence = _rows.Count;
        _rows.Add(row);
        _ledger[row.Account] = _ledger.GetValueOrDefault(row.Account) + row.LedgerEffect;
    }

    private decimal Shares(int min, int max) => Math.Round(min + (max - min) * (decimal)_random.NextDouble(), 4);

    private decimal PriceOn(DemoHolding holding, DateOnly date) =>
        Math.Max(0.01m, Math.Round(holding.Price * (decimal)_market.RatioToToday(holding.Security.Series, date), 2));

    private DemoHolding Holding(AccountRole role, string ticker) => _holdings[(role, ticker)];

    private DemoAccount Account(AccountRole role) => _byRole[role];

    private void Open(AccountRole role, decimal balance)
    {
        var account = Account(role);
        _opening[account] = balance;
        _ledger[account] = balance;
    }
}
