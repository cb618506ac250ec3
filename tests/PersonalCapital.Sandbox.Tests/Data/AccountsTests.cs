using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class AccountsTests
{
    private static List<JsonObject> RichAccounts() => [.. TestData.Accounts(TestData.Call(TestData.Api(), "newaccount/getAccounts2"))];

    [Fact]
    public void Every_product_type_and_account_kind_is_present()
    {
        var accounts = RichAccounts();
        bool Has(Func<JsonObject, bool> predicate) => accounts.Any(predicate);

        Assert.True(accounts.Count >= 12);
        Assert.True(Has(a => a.Text("productType") == "BANK" && a.Text("accountTypeNew") == "CHECKING"));
        Assert.True(Has(a => a.Text("productType") == "BANK" && a.Text("accountTypeNew") == "SAVINGS"));
        Assert.True(Has(a => a.Text("productType") == "CREDIT_CARD"));
        Assert.True(Has(a => a.Text("productType") == "INVESTMENT" && a.Text("accountTypeNew") == "INVESTMENT"));
        Assert.True(Has(a => a.Text("productType") == "INVESTMENT" && a.Text("accountTypeNew") == "401K"));
        Assert.True(Has(a => a.Text("accountTypeNew") == "IRA" && a.Text("accountTypeSubtype") == "ROTH"));
        Assert.True(Has(a => a.Text("accountTypeNew") == "IRA" && a["accountTypeSubtype"] is { } subtype && subtype.GetValue<string>() == ""));
        Assert.True(Has(a => a.Text("productType") == "MORTGAGE"));
        Assert.True(Has(a => a.Text("productType") == "LOAN"));
        Assert.True(Has(a => a.Text("productType") == "OTHER_ASSETS"));
    }

    [Fact]
    public void The_quirks_clients_must_survive_are_present()
    {
        var accounts = RichAccounts();

        Assert.Contains(accounts, a => a.Text("closedDate") != "");
        Assert.Contains(accounts, a => a.Flag("isManual"));
        Assert.Contains(accounts, a => a.Text("name").Contains('\u2013'));
        Assert.Contains(accounts, a => a.Text("name").Contains('\u00AE'));
        Assert.Contains(accounts, a => !a.ContainsKey("accountTypeNew"));
        Assert.Contains(accounts, a => a.ContainsKey("accountTypeNew") && a["accountTypeNew"] is null);
        Assert.Contains(accounts, a => a["creditLimit"]?.GetValueKind() == JsonValueKind.String);
        Assert.Contains(accounts, a => a["creditLimit"]?.GetValueKind() == JsonValueKind.Number);
        Assert.All(accounts.Where(a => a.ContainsKey("availableCash")), a => Assert.Equal(JsonValueKind.String, a["availableCash"]!.GetValueKind()));
        Assert.Contains(accounts, a => a.ContainsKey("availableCash"));
        var nanFields = accounts.SelectMany(a => a.Where(p => p.Value?.GetValueKind() == JsonValueKind.String && p.Value.GetValue<string>() == "NaN"))
            .Select(p => p.Key).ToHashSet();
        Assert.True(nanFields.Count >= 3, $"only {string.Join(", ", nanFields)} are NaN");
    }

    [Fact]
    public void Totals_follow_from_the_accounts()
    {
        var spData = TestData.Call(TestData.Api(), "newaccount/getAccounts2");
        var accounts = TestData.Accounts(spData).ToList();
        decimal Bucket(string productType) => accounts.Where(a => a.Text("productType") == productType).Sum(a => a["balance"].Number());

        var assets = Bucket("BANK") + Bucket("INVESTMENT") + Bucket("OTHER_ASSETS");
        var liabilities = Bucket("CREDIT_CARD") + Bucket("MORTGAGE") + Bucket("LOAN");
        Assert.Equal(Bucket("BANK"), spData["cashAccountsTotal"].Number());
        Assert.Equal(Bucket("INVESTMENT"), spData["investmentAccountsTotal"].Number());
        Assert.Equal(Bucket("CREDIT_CARD"), spData["creditCardAccountsTotal"].Number());
        Assert.Equal(Bucket("MORTGAGE"), spData["mortgageAccountsTotal"].Number());
        Assert.Equal(Bucket("LOAN"), spData["loanAccountsTotal"].Number());
        Assert.Equal(Bucket("OTHER_ASSETS"), spData["otherAssetAccountsTotal"].Number());
        Assert.Equal(assets, spData["assets"].Number());
        Assert.Equal(liabilities, spData["liabilities"].Number());
        Assert.True(liabilities > 0);
        Assert.Equal(assets - liabilities, spData["networth"].Number());
        Assert.All(accounts.Where(a => a.Flag("isLiability")), a => Assert.True(a["balance"].Number() > 0));
    }

    [Fact]
    public void Both_account_lists_answer_the_same_rich_accounts_and_totals()
    {
        // The notes give one fixture (getAccounts.json) for both endpoints; getAccounts2 has the new site's shape
        // by default (§12): name, and no accountName.
        var api = TestData.Api();
        var older = TestData.Call(api, "newaccount/getAccounts");
        var rich = TestData.Call(api, "newaccount/getAccounts2");

        var olderInNewShape = older.DeepClone();
        Assert.All(TestData.Accounts(olderInNewShape), a => Assert.True(a.Remove("accountName")));
        Assert.True(JsonNode.DeepEquals(rich, olderInNewShape));
        Assert.All(TestData.Accounts(older), a => Assert.True(a.ContainsKey("nextAction") && a.ContainsKey("firmName")));
    }

    [Fact]
    public void A_bank_balance_is_its_opening_balance_moved_by_its_rows()
    {
        var api = TestData.Api();
        var checking = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts")).First(a => a.Text("productType") == "BANK");
        var id = checking["userAccountId"]!.GetValue<long>();
        var rows = TestData.AllTransactions(api).Where(t => t["userAccountId"]!.GetValue<long>() == id).ToList();

        // Newest first: each row's running balance is the next (older) one's plus this row's signed amount.
        for (var i = 0; i < rows.Count - 1; i++)
        {
            var signed = rows[i].Flag("isCredit") ? rows[i].Amount() : -rows[i].Amount();
            Assert.Equal(rows[i + 1]["runningBalance"].Number() + signed, rows[i]["runningBalance"].Number());
        }
        Assert.Equal(checking["balance"].Number(), rows[0]["runningBalance"].Number());
    }
}
