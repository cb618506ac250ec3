using System.Net;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using PersonalCapitalService.Tests.Routes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Mcp;

/// <summary>/mcp with the official SDK's client over real HTTP: the tools are listed, each answers, bad arguments are tool errors.</summary>
[Collection(RouteWorldCollection.Name)]
public sealed class McpEndpointTests(SharedRouteWorld shared)
{
    private static readonly string[] Tools = ["accounts", "transactions", "net_worth_history", "holdings", "cash_flow", "status"];

    private RouteWorld World => shared.World;

    [Fact]
    public async Task Every_tool_is_listed_read_only_with_a_description_and_an_input_schema()
    {
        await using var client = await ConnectAsync(World.Service.Client);

        var tools = await client.ListToolsAsync();

        Assert.Equal(Tools.Order(), tools.Select(t => t.Name).Order());
        Assert.All(tools, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Description));
            Assert.Equal("object", t.ProtocolTool.InputSchema.GetProperty("type").GetString());
            Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, $"{t.Name} is read-only");
        });
        var transactions = tools.Single(t => t.Name == "transactions").ProtocolTool.InputSchema.GetProperty("properties");
        Assert.True(transactions.TryGetProperty("account", out _));
        Assert.True(transactions.TryGetProperty("category", out _));
        Assert.True(transactions.TryGetProperty("start", out _));
    }

    [Fact]
    public async Task Each_tool_answers_with_the_v1_records()
    {
        await using var client = await ConnectAsync(World.Service.Client);
        var upstream = await World.Service.Upstream.GetAccounts2Async();
        var checking = upstream.Accounts.First(a => a.ProductType == "BANK");

        var accounts = await CallAsync(client, "accounts", new());
        Assert.Equal(upstream.Accounts.Count, accounts.GetArrayLength());
        Assert.Contains(accounts.EnumerateArray(), a => a.GetProperty("id").GetInt64() == checking.UserAccountId);

        var transactions = await CallAsync(client, "transactions", new() { ["days"] = "30", ["account"] = checking.Name! });
        Assert.True(transactions.GetProperty("count").GetInt32() > 0);
        Assert.All(transactions.GetProperty("transactions").EnumerateArray(),
            t => Assert.Equal(checking.UserAccountId, t.GetProperty("accountId").GetInt64()));

        var netWorth = await CallAsync(client, "net_worth_history", new() { ["range"] = "last-month", ["interval"] = "week" });
        Assert.InRange(netWorth.GetArrayLength(), 4, 6);
        Assert.True(netWorth[0].TryGetProperty("netWorth", out _));

        var holdings = await CallAsync(client, "holdings", new());
        Assert.True(holdings.GetArrayLength() > 0);

        var byCategory = await CallAsync(client, "cash_flow", new() { ["range"] = "last-month", ["by"] = "category" });
        Assert.True(byCategory.GetArrayLength() > 0);
        Assert.True(byCategory[0].TryGetProperty("spending", out _));
        var byMonth = await CallAsync(client, "cash_flow", new() { ["range"] = "last-month" });
        Assert.Equal(1, byMonth.GetArrayLength());

        var status = await CallAsync(client, "status", new());
        Assert.Equal("Authenticated", status.GetProperty("session").GetString());
    }

    [Theory]
    [InlineData("transactions", "start", "last tuesday")]
    [InlineData("transactions", "account", "No Such Account")]
    [InlineData("transactions", "category", "No Such Category")]
    [InlineData("net_worth_history", "interval", "fortnight")]
    [InlineData("cash_flow", "by", "weekday")]
    [InlineData("holdings", "account", "No Such Account")]
    [InlineData("net_worth_history", "days", "-4")]
    public async Task Bad_arguments_are_a_tool_error_with_a_sentence(string tool, string argument, string value)
    {
        await using var client = await ConnectAsync(World.Service.Client);

        var result = await client.CallToolAsync(tool, new Dictionary<string, object?> { [argument] = value });

        Assert.True(result.IsError, $"{tool} {argument}={value} is an error");
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task An_unknown_tool_is_an_error_and_the_endpoint_needs_the_owner()
    {
        await using var client = await ConnectAsync(World.Service.Client);
        await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("delete_everything").AsTask());

        using var anonymous = World.Service.NewClient(null, null);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(anonymous));
        Assert.Contains("401", refused.ToString());
        using var raw = await anonymous.PostAsync("mcp", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, raw.StatusCode);
    }

    private Task<McpClient> ConnectAsync(HttpClient http) =>
        McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(World.Service.BaseAddress, "mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
        }, http, ownsHttpClient: false));

    private static async Task<JsonElement> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.False(result.IsError == true, $"{tool}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
