using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class DeterminismTests
{
    private static readonly (string Key, string Value)[] Everything = [("startDate", ""), ("classificationStyles", "[\"all\"]"),
        ("types", "[\"balances\",\"networth\",\"dailyChangeAmount\",\"cashflows\",\"oneDaySummaries\"]"),
        ("sourceAssetId", "YODLEE_DESCR_TARGET_RETIREMENT_2050_TRUST")];

    [Fact]
    public void The_same_options_give_byte_identical_output_on_every_path()
    {
        var options = new DemoDataOptions(1234, 2, 2, new DateOnly(2025, 8, 17));
        var first = new DataApi(DemoDataset.Generate(options), pageTransactions: false);
        var second = new DataApi(DemoDataset.Generate(options), pageTransactions: false);

        foreach (var path in DataApi.Paths)
        {
            Assert.Equal(TestData.Serialized(first, path, Everything), TestData.Serialized(second, path, Everything));
        }
    }

    [Fact]
    public void A_different_seed_gives_different_data()
    {
        var today = new DateOnly(2025, 8, 17);
        var one = new DataApi(DemoDataset.Generate(new DemoDataOptions(1, 2, 1, today)), false);
        var two = new DataApi(DemoDataset.Generate(new DemoDataOptions(2, 2, 1, today)), false);

        Assert.NotEqual(TestData.Serialized(one, "transaction/getUserTransactions", Everything),
            TestData.Serialized(two, "transaction/getUserTransactions", Everything));
        Assert.NotEqual(TestData.Serialized(one, "invest/getHoldings"), TestData.Serialized(two, "invest/getHoldings"));
        Assert.NotEqual(TestData.Serialized(one, "newaccount/getAccounts"), TestData.Serialized(two, "newaccount/getAccounts"));
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        var today = new DateOnly(2025, 8, 17);

        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataset.Generate(new DemoDataOptions(1, 0, 1, today)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataset.Generate(new DemoDataOptions(1, 3, 0, today)));
    }
}
