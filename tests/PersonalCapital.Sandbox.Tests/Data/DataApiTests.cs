using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class DataApiTests
{
    [Fact]
    public void Every_data_path_of_the_upstream_is_served()
    {
        string[] expected = ["newaccount/getAccounts", "newaccount/getAccounts2", "transaction/getUserTransactions",
            "transactioncategory/getCategories", "transactiontag/getTags", "invest/getHoldings", "invest/getAssetClassification",
            "account/getHistories", "account/getUserSpending", "account/getPerformanceHistories", "invest/getQuotes"];

        Assert.Equal(expected.Order(), DataApi.Paths.Order());
        var api = TestData.Api();
        foreach (var path in DataApi.Paths)
        {
            var result = api.Handle(path, TestData.Form(("sourceAssetId", "VTI")));
            Assert.True(result.IsSuccess, path);
            var arrays = new[] { "transactioncategory/getCategories", "transactiontag/getTags" };
            Assert.IsType(arrays.Contains(path) ? typeof(JsonArray) : typeof(JsonObject), result.SpData);
        }
    }

    [Fact]
    public void Each_call_returns_a_fresh_node_the_caller_may_change()
    {
        var api = TestData.Api();

        var first = api.Handle("newaccount/getAccounts", TestData.Form()).SpData!;
        first["networth"] = -1;
        first["accounts"]!.AsArray().Clear();
        var transactions = api.Handle("transaction/getUserTransactions", TestData.Form(("startDate", "2026-03-01"))).SpData!;
        transactions["transactions"]!.AsArray().RemoveAt(0);
        var second = api.Handle("newaccount/getAccounts", TestData.Form()).SpData!;
        var transactionsAgain = api.Handle("transaction/getUserTransactions", TestData.Form(("startDate", "2026-03-01"))).SpData!;

        Assert.NotEqual(-1m, second["networth"].Number());
        Assert.NotEmpty(second["accounts"]!.AsArray());
        Assert.Equal(transactions["transactions"]!.AsArray().Count + 1, transactionsAgain["transactions"]!.AsArray().Count);
    }

    [Fact]
    public void Unknown_paths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TestData.Api().Handle("account/getEverything", TestData.Form()));
    }

    [Fact]
    public void The_benchmark_prints_counts_that_match_the_dataset()
    {
        using var output = new StringWriter();

        var exitCode = DataBenchmark.Run(["--years", "1", "--volume", "2", "--seed", "7", "--today", "2025-06-30"], output);

        Assert.Equal(0, exitCode);
        var expected = DemoDataset.Generate(new DemoDataOptions(7, 1, 2, new DateOnly(2025, 6, 30))).TransactionCount;
        Assert.Contains($"transactions={expected} returned={expected}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("generate_ms=", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--years", "zero")]
    [InlineData("--volume", "0")]
    [InlineData("--colour", "blue")]
    public void The_benchmark_refuses_bad_arguments(string name, string value)
    {
        using var output = new StringWriter();

        Assert.Equal(2, DataBenchmark.Run([name, value], output));
        Assert.Contains(DataBenchmark.Usage, output.ToString(), StringComparison.Ordinal);
    }
}
