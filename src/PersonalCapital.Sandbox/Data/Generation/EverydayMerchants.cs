namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>A place the demo user shops; <see cref="Weight"/> sets how often.</summary>
internal sealed record EverydayMerchant(
    string Name,
    string RawDescription,
    int CategoryId,
    decimal Min,
    decimal Max,
    int Weight,
    bool CardOnly,
    string MerchantType = "OTHERS",
    int Tag = 0);

/// <summary>The everyday purchases whose count scales with <see cref="DemoDataOptions.Volume"/>.</summary>
internal static class EverydayMerchants
{
    public static IReadOnlyList<EverydayMerchant> All { get; } =
    [
        new("Corner Grocery", "POS PURCHASE CORNER GROCERY #112 SPRINGFIELD", CategoryCatalog.Groceries, 18m, 160m, 14, false),
        new("Fresh Fields Market", "FRESH FIELDS MKT 0457 SPRINGFIELD", CategoryCatalog.Groceries, 25m, 210m, 8, false),
        new("Costco Wholesale", "COSTCO WHSE #0123", CategoryCatalog.Groceries, 60m, 320m, 4, true),
        new("Blue Bottle Coffee", "BLUE BOTTLE COFFEE 22", CategoryCatalog.Restaurants, 4m, 18m, 10, false),
        new("Taqueria El Sol", "SQ *TAQUERIA EL SOL", CategoryCatalog.Restaurants, 12m, 55m, 6, false),
        new("Pizza Palace", "PIZZA PALACE #7", CategoryCatalog.Restaurants, 18m, 65m, 4, true),
        new("Shell", "SHELL OIL 57442 SPRINGFIELD", CategoryCatalog.GasolineFuel, 30m, 75m, 6, false),
        new("Amazon.com", "AMAZON.COM*2K4LM AMZN.COM/BILL", CategoryCatalog.GeneralMerchandise, 9m, 140m, 10, true),
        new("Target", "TARGET T-1123 SPRINGFIELD", CategoryCatalog.GeneralMerchandise, 12m, 120m, 5, false),
        new("Netflix", "NETFLIX.COM", CategoryCatalog.OnlineServices, 15.49m, 15.49m, 1, true, "SUBSCRIPTION"),
        new("Spotify", "SPOTIFY USA", CategoryCatalog.OnlineServices, 11.99m, 11.99m, 1, true, "SUBSCRIPTION"),
        new("CVS Pharmacy", "CVS/PHARMACY #04512", CategoryCatalog.Healthcare, 8m, 60m, 3, false, Tag: CategoryCatalog.TaxDeductibleTag),
        new("AMC Theatres", "AMC 1234 SPRINGFIELD 12", CategoryCatalog.Entertainment, 14m, 48m, 2, true),
        new("Uniqlo", "UNIQLO USA LLC", CategoryCatalog.Clothing, 20m, 120m, 2, true),
        new("Delta Air Lines", "DELTA AIR 0062345123456", CategoryCatalog.Travel, 180m, 620m, 1, true, Tag: CategoryCatalog.VacationTag),
        new("Jiffy Lube", "JIFFY LUBE #1872", CategoryCatalog.Automotive, 45m, 110m, 1, false),
        new("Verizon Wireless", "VZWRLSS*APOCC VISB", CategoryCatalog.Telephone, 65m, 95m, 1, true, "BILLERS"),
        new("Comcast Xfinity", "COMCAST XFINITY 800-266-2278", CategoryCatalog.CableSatellite, 80m, 110m, 1, true, "BILLERS"),
        new("Sunrise Gifts", "SUNRISE GIFT SHOP", CategoryCatalog.Gifts, 15m, 90m, 1, false),
        new("Corner Store", "CORNER STORE 88", CategoryCatalog.Uncategorized, 3m, 25m, 2, false),
    ];

    public static int TotalWeight { get; } = All.Sum(m => m.Weight);

    public static EverydayMerchant Pick(DeterministicRandom random)
    {
        var ticket = random.Between(1, TotalWeight);
        foreach (var merchant in All)
        {
            ticket -= merchant.Weight;
            if (ticket <= 0)
            {
                return merchant;
            }
        }
        return All[^1];
    }
}
