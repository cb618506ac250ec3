using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>
/// GET /accounts as consumers read it, each rule of the protocol text (shared/spec/simplefin.md) checked on the
/// sandbox's demo data: org, account and transaction fields, the window, pending, account filters, balances-only,
/// holdings, v2, and bad parameters.
/// </summary>
public sealed partial class SimpleFinAccountsTests : IAsyncLifetime
{
    private SimpleFinWorld _world = null!;
    private Uri _access = null!;

    public async Task InitializeAsync()
    {
        _world = await SimpleFinWorld.StartAsync();
        _access = await _world.NewAccessUrlAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Every_account_and_transaction_has_the_fields_and_types_consumers_require()
    {
        var body = await AccountsAsync("");

        Assert.Equal(JsonValueKind.Array, body.GetProperty("errors").ValueKind);
        Assert.Equal(0, body.GetProperty("errors").GetArrayLength());
        var accounts = body.GetProperty("accounts").EnumerateArray().ToList();
        Assert.NotEmpty(accounts);
        Assert.Equal(accounts.Count, accounts.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(accounts.Count, accounts.Select(a => a.GetProperty("name").GetString()).Distinct().Count());
        var transactions = 0;
        foreach (var account in accounts)
        {
            var org = account.GetProperty("org");
            Assert.Equal(_world.Routes.Service.BaseAddress.Host, org.GetProperty("domain").GetString());
            Assert.Equal("Empower", org.GetProperty("name").GetString());
            Assert.EndsWith("/simplefin", org.GetProperty("sfin-url").GetString());
            Assert.False(string.IsNullOrEmpty(account.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(account.GetProperty("name").GetString()));
            Assert.Matches("^[A-Z]{3}$", account.GetProperty("currency").GetString());
            AssertMoney(account.GetProperty("balance"));
            AssertMoney(account.GetProperty("available-balance"));
            AssertPlausibleUnixSeconds(account.GetProperty("balance-date"));
            foreach (var row in account.GetProperty("transactions").EnumerateArray())
            {
                transactions++;
                Assert.False(string.IsNullOrEmpty(row.GetProperty("id").GetString()));
                Assert.Equal(JsonValueKind.Number, row.GetProperty("posted").ValueKind);
                AssertMoney(row.GetProperty("amount"));
                Assert.Equal(JsonValueKind.String, row.GetProperty("description").ValueKind);
                Assert.Equal(JsonValueKind.String, row.GetProperty("payee").ValueKind);
                Assert.Equal(JsonValueKind.String, row.GetProperty("memo").ValueKind);
                AssertPlausibleUnixSeconds(row.GetProperty("transacted_at"));
                Assert.Equal(JsonValueKind.False, row.GetProperty("pending").ValueKind);
                AssertPlausibleUnixSeconds(row.GetProperty("posted"));
            }
        }
        Assert.True(transactions > 0, "the default window has transactions");
    }

    [Fact]
    public async Task Liabilities_are_negative_and_money_in_is_positive()
    {
        var accounts = (await AccountsAsync("")).GetProperty("accounts").EnumerateArray().ToList();
        var upstream = await _world.Routes.Service.Upstream.GetAccounts2Async();
        var liabilities = upstream.Accounts.Where(a => a.IsLiability == true && a.Balance > 0).ToList();
        Assert.NotEmpty(liabilities);
        foreach (var account in liabilities)
        {
            var served = accounts.Single(a => a.GetProperty("id").GetString() == account.UserAccountId!.Value.ToString(CultureInfo.InvariantCulture));
            Assert.StartsWith("-", served.GetProperty("balance").GetString());
        }
        var amounts = accounts.SelectMany(a => a.GetProperty("transactions").EnumerateArray()).Select(t => t.GetProperty("amount").GetString()!).ToList();
        Assert.Contains(amounts, a => !a.StartsWith('-'));
        Assert.Contains(amounts, a => a.StartsWith('-'));
    }

    [Fact]
    public async Task The_window_is_start_inclusive_and_end_exclusive_on_the_posted_instant()
    {
        var wide = await AccountsAsync($"start-date={Seconds(-40)}&end-date={Seconds(-5)}");
        var posted = Rows(wide).Select(r => r.GetProperty("posted").GetInt64()).Distinct().Order().ToList();
        Assert.True(posted.Count > 3, "several posting days in the window");
        Assert.All(posted, p => Assert.InRange(p, Seconds(-40), Seconds(-5) - 1));
        var day = posted[posted.Count / 2];

        var from = Rows(await AccountsAsync($"start-date={day}&end-date={day + 1}")).ToList();
        Assert.NotEmpty(from);
        Assert.All(from, r => Assert.Equal(day, r.GetProperty("posted").GetInt64()));
        Assert.Empty(Rows(await AccountsAsync($"start-date={day - 3600}&end-date={day}")));
    }

    [Fact]
    public async Task Pending_rows_come_only_with_pending_1_posted_0_and_pending_true()
    {
        var window = $"start-date={Seconds(-3)}&end-date={Seconds(2)}";
        Assert.DoesNotContain(Rows(await AccountsAsync(window)), r => r.GetProperty("pending").GetBoolean());

        var pending = Rows(await AccountsAsync(window + "&pending=1")).Where(r => r.GetProperty("pending").ValueKind == JsonValueKind.True).ToList();
        Assert.NotEmpty(pending);
        Assert.All(pending, r => Assert.Equal(0, r.GetProperty("posted").GetInt64()));
        Assert.All(pending, r => AssertPlausibleUnixSeconds(r.GetProperty("transacted_at")));
    }

    [Fact]
    public async Task Account_is_repeatable_and_balances_only_leaves_transactions_out()
    {
        var all = (await AccountsAsync("balances-only=1")).GetProperty("accounts").EnumerateArray().ToList();
        Assert.All(all, a => Assert.False(a.TryGetProperty("transactions", out _), "balances-only has no transactions"));
        var two = all.Take(2).Select(a => a.GetProperty("id").GetString()!).ToList();

        var chosen = (await AccountsAsync($"account={two[0]}&account={two[1]}")).GetProperty("accounts").EnumerateArray().ToList();

        Assert.Equal(two.Order(), chosen.Select(a => a.GetProperty("id").GetString()!).Order());
        Assert.All(chosen, a => Assert.Equal(JsonValueKind.Array, a.GetProperty("transactions").ValueKind));
    }

    [Fact]
    public async Task Investment_accounts_carry_holdings_with_the_bridge_fields()
    {
        var withHoldings = (await AccountsAsync("")).GetProperty("accounts").EnumerateArray()
            .Where(a => a.TryGetProperty("holdings", out _)).ToList();
        Assert.NotEmpty(withHoldings);
        foreach (var holding in withHoldings.SelectMany(a => a.GetProperty("holdings").EnumerateArray()))
        {
            Assert.False(string.IsNullOrEmpty(holding.GetProperty("id").GetString()));
            AssertPlausibleUnixSeconds(holding.GetProperty("created"));
            Assert.Matches("^[A-Z]{3}$", holding.GetProperty("currency").GetString());
            AssertMoney(holding.GetProperty("cost_basis"));
            AssertMoney(holding.GetProperty("market_value"));
            AssertMoney(holding.GetProperty("purchase_price"));
            Assert.True(decimal.TryParse(holding.GetProperty("shares").GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            Assert.Equal(JsonValueKind.String, holding.GetProperty("symbol").ValueKind);
            Assert.Equal(JsonValueKind.String, holding.GetProperty("description").ValueKind);
        }
    }

    [Fact]
    public async Task Version_2_answers_errlist_and_connections()
    {
        var body = await AccountsAsync("version=2&balances-only=1");

        Assert.Equal(JsonValueKind.Array, body.GetProperty("errlist").ValueKind);
        Assert.False(body.TryGetProperty("errors", out _));
        var connection = Assert.Single(body.GetProperty("connections").EnumerateArray().ToList());
        var id = connection.GetProperty("conn_id").GetString();
        Assert.EndsWith("/simplefin", connection.GetProperty("sfin_url").GetString());
        Assert.All(body.GetProperty("accounts").EnumerateArray(), a => Assert.Equal(id, a.GetProperty("conn_id").GetString()));
    }

    [Theory]
    [InlineData("start-date=yesterday", "start-date")]
    [InlineData("end-date=1.5", "end-date")]
    [InlineData("start-date=2000&end-date=1000", "start-date")]
    [InlineData("version=3", "version")]
    [InlineData("pending=maybe", "pending")]
    [InlineData("balances-only=yes", "balances-only")]
    [InlineData("end-date=99999999999999", "end-date")]
    public async Task Bad_parameters_are_a_400_problem_naming_them(string query, string parameter)
    {
        var answer = await _world.Consumer.GetAsync(_access, "accounts", query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal(parameter, answer.Json.GetProperty("parameter").GetString());
        ProblemAssertions.AssertNothingLeaks(answer.Body, query);
    }

    private async Task<JsonElement> AccountsAsync(string query)
    {
        var answer = await _world.Consumer.GetAsync(_access, "accounts", query);
        Assert.True(answer.Status == HttpStatusCode.OK, $"{query}: {(int)answer.Status} {answer.Body}");
        return answer.Json;
    }

    private static IEnumerable<JsonElement> Rows(JsonElement body) =>
        body.GetProperty("accounts").EnumerateArray().SelectMany(a => a.GetProperty("transactions").EnumerateArray());

    /// <summary>Midnight UTC of today plus <paramref name="days"/>, in Unix seconds.</summary>
    private long Seconds(int days) =>
        new DateTimeOffset(_world.Routes.Clock.GetUtcNow().UtcDateTime.Date.AddDays(days), TimeSpan.Zero).ToUnixTimeSeconds();

    private static void AssertMoney(JsonElement value)
    {
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        Assert.Matches(MoneyPattern(), value.GetString());
    }

    private static void AssertPlausibleUnixSeconds(JsonElement value)
    {
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        Assert.InRange(value.GetInt64(), 946684800, 4102444800);
    }

    [GeneratedRegex(@"^-?\d+\.\d{2}$")]
    private static partial Regex MoneyPattern();
}
