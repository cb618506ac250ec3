using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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
    public async Task The_benchmark_prints_counts_that_match_the_dataset_and_the_bytes_sent()
    {
        using var output = new StringWriter();

        var exitCode = await DataBenchmark.RunAsync(["--years", "1", "--volume", "2", "--seed", "7", "--today", "2025-06-30"], output);

        Assert.Equal(0, exitCode);
        var today = new DateOnly(2025, 6, 30);
        var data = DemoDataset.Generate(new DemoDataOptions(7, 1, 2, today));
        var expected = data.TransactionCount;
        // What goes on the wire: UTF-8 with non-ASCII text (the en dashes) left unescaped.
        var sent = new DataApi(data, pageTransactions: false)
            .Handle("transaction/getUserTransactions", TestData.Form(("startDate", ""), ("endDate", TestData.Date(today))))
            .SpData!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains('\u2013', sent);
        Assert.Contains($"transactions={expected} returned={expected} bytes={Encoding.UTF8.GetByteCount(sent)}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("generate_ms=", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--years", "zero", "invalid option --years zero")]
    [InlineData("--years", "51", "Years must be between 1 and 50.")]
    [InlineData("--volume", "0", "Volume must be between 1 and 100.")]
    [InlineData("--colour", "blue", "invalid option --colour blue")]
    public async Task The_benchmark_refuses_bad_arguments(string name, string value, string reason)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await DataBenchmark.RunAsync([name, value], output));
        var lines = output.ToString().Split(Environment.NewLine);
        Assert.StartsWith(reason, lines[0], StringComparison.Ordinal);
        Assert.Equal(DataBenchmark.Usage, lines[1]);
    }
}
