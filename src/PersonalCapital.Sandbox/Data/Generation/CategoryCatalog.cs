namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>The category list of <c>transactioncategory/getCategories</c> and the ids the generator files rows under.</summary>
internal static class CategoryCatalog
{
    public const int Automotive = 2;
    public const int CableSatellite = 3;
    public const int CreditCardPayments = 8;
    public const int Clothing = 7;
    public const int PaychecksSalary = 11;
    public const int Entertainment = 12;
    public const int GasolineFuel = 13;
    public const int GeneralMerchandise = 14;
    public const int Gifts = 15;
    public const int Healthcare = 16;
    public const int Groceries = 17;
    public const int Uncategorized = 18;
    public const int Interest = 21;
    public const int InvestmentIncome = 22;
    public const int Loans = 23;
    public const int Mortgages = 24;
    public const int OnlineServices = 25;
    public const int Restaurants = 26;
    public const int RefundsReimbursements = 27;
    public const int Transfers = 28;
    public const int Savings = 29;
    public const int SecuritiesTrades = 30;
    public const int RetirementContributions = 31;
    public const int ServiceChargesFees = 32;
    public const int Travel = 33;
    public const int Utilities = 34;
    public const int Telephone = 35;
    public const int DogWalker = 1_000_001;

    /// <summary>
    /// A custom category the user deleted: rows still carry its id, but getCategories no longer lists it — the case
    /// that crashed the original service.
    /// </summary>
    public const int DeletedCustomCategory = 1_000_099;

    public static IReadOnlyList<DemoCategory> All { get; } =
    [
        new(Automotive, "Automotive", "EXPENSE"),
        new(CableSatellite, "Cable/Satellite", "EXPENSE"),
        new(Clothing, "Clothing/Shoes", "EXPENSE"),
        new(CreditCardPayments, "Credit Card Payments", "TRANSFER"),
        new(PaychecksSalary, "Paychecks/Salary", "INCOME"),
        new(Entertainment, "Entertainment", "EXPENSE"),
        new(GasolineFuel, "Gasoline/Fuel", "EXPENSE"),
        new(GeneralMerchandise, "General Merchandise", "EXPENSE"),
        new(Gifts, "Gifts & Donations", "EXPENSE", IsOverride: true),
        new(Healthcare, "Healthcare/Medical", "EXPENSE"),
        new(Groceries, "Groceries", "EXPENSE"),
        new(Uncategorized, "Uncategorized", "UNCATEGORIZED"),
        new(Interest, "Interest", "INCOME"),
        new(InvestmentIncome, "Investment Income", "INCOME"),
        new(Loans, "Loans", "EXPENSE"),
        new(Mortgages, "Mortgages", "EXPENSE"),
        new(OnlineServices, "Online Services", "EXPENSE"),
        new(Restaurants, "Restaurants", "EXPENSE"),
        new(RefundsReimbursements, "Refunds & Reimbursements", "INCOME"),
        new(Transfers, "Transfers", "TRANSFER"),
        new(Savings, "Savings", "TRANSFER"),
        new(SecuritiesTrades, "Securities Trades", "TRANSFER"),
        new(RetirementContributions, "Retirement Contributions", "DEFERRED_COMPENSATION"),
        new(ServiceChargesFees, "Service Charges/Fees", "EXPENSE"),
        new(Travel, "Travel", "EXPENSE"),
        new(Utilities, "Utilities", "EXPENSE"),
        new(Telephone, "Telephone", "EXPENSE"),
        new(DogWalker, "Dog Walker", "EXPENSE", IsCustom: true),
    ];

    private static readonly Dictionary<int, DemoCategory> ById = All.ToDictionary(c => c.TransactionCategoryId);

    public static DemoCategory? Find(int categoryId) => ById.GetValueOrDefault(categoryId);

    public const int TaxDeductibleTag = 1;
    public const int ReimbursableTag = 2;
    public const int VacationTag = 3;
    public const int PetsTag = 1_000_001;

    public static IReadOnlyList<DemoTag> Tags { get; } =
    [
        new(TaxDeductibleTag, "Tax Deductible"),
        new(ReimbursableTag, "Reimbursable"),
        new(VacationTag, "Vacation"),
        new(PetsTag, "Pets"),
    ];
}

/// <summary>The <c>transactionType</c> values the demo rows use, with the upstream's numeric ids.</summary>
internal static class TransactionTypes
{
    public static readonly TransactionTypeInfo Purchase = new("Purchase", 175);
    public static readonly TransactionTypeInfo Credit = new("Credit", 160);
    public static readonly TransactionTypeInfo Debit = new("Debit", 161);
    public static readonly TransactionTypeInfo Payment = new("Payment", 163);
    public static readonly TransactionTypeInfo Fee = new("Fee", 170);
    public static readonly TransactionTypeInfo Interest = new("Interest", 171);
    public static readonly TransactionTypeInfo Refund = new("Refund", 176);
    public static readonly TransactionTypeInfo Transfer = new("Transfer", 180);
    public static readonly TransactionTypeInfo Buy = new("Buy", 1);
    public static readonly TransactionTypeInfo Sell = new("Sell", 2);
    public static readonly TransactionTypeInfo DividendReceived = new("Dividend Received", 10);
    public static readonly TransactionTypeInfo ReinvestDividend = new("Reinvest Dividend", 12);
    public static readonly TransactionTypeInfo SharesIn = new("Shares In", 20);
    public static readonly TransactionTypeInfo SharesOut = new("Shares Out", 21);
    public static readonly TransactionTypeInfo Contribution = new("Contribution", 30);
    public static readonly TransactionTypeInfo AdjustedSell = new("Adjusted Sell", 41);
}
