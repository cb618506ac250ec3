using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Tests.Legacy.Transactions;

public class TransactionCleanupTests
{
    [Fact]
    public void The_ignore_list_is_removed_and_everything_else_kept()
    {
        var row = TestRows.One("""
            {
              "userTransactionId": 7001234567, "accountId": "10045_2200871_30001234", "accountName": "Everyday Checking",
              "transactionDate": "2026-03-02", "amount": 54.21, "originalAmount": 54.21, "currency": "USD",
              "description": "Corner Grocery", "originalDescription": "POS PURCHASE", "simpleDescription": "Corner Grocery",
              "merchant": "Corner Grocery", "merchantId": "kQ2x", "merchantType": "OTHERS", "categoryId": 17,
              "transactionType": "Purchase", "transactionTypeId": 175, "status": "posted", "resultType": "aggregated",
              "isCredit": false, "isCashIn": false, "isSpending": true, "isCost": false, "isDuplicate": false,
              "isEditable": true, "isNew": false, "hasViewed": false, "includeInCashManager": true,
              "netCost": 0, "userAccountId": 30001234, "runningBalance": 5234.17,
              "customTags": {"systemTags": [], "userTags": []}, "category": "Groceries"
            }
            """);

        TransactionCleanup.RemoveIgnoredKeys([row]);

        var expected = JsonNode.Parse("""
            {
              "userTransactionId": 7001234567, "accountName": "Everyday Checking",
              "transactionDate": "2026-03-02", "amount": 54.21,
              "description": "Corner Grocery", "merchantType": "OTHERS", "categoryId": 17,
              "transactionType": "Purchase", "resultType": "aggregated",
              "isCashIn": false, "isSpending": true,
              "customTags": {"systemTags": [], "userTags": []}, "category": "Groceries"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, row), row.ToJsonString());
    }

    [Fact]
    public void The_list_is_exactly_the_originals_nineteen_keys()
    {
        string[] fromSpec =
        [
            "accountId", "hasViewed", "currency", "isDuplicate", "isEditable", "isNew", "isCredit", "merchantId",
            "netCost", "originalDescription", "simpleDescription", "userAccountId", "originalAmount",
            "runningBalance", "isCost", "includeInCashManager", "merchant", "transactionTypeId", "status",
        ];

        Assert.True(TransactionCleanup.IgnoredKeys.SetEquals(fromSpec));
        Assert.DoesNotContain("resultType", TransactionCleanup.IgnoredKeys);
    }

    [Fact]
    public void Rows_without_those_keys_are_untouched()
    {
        var row = TestRows.One("""{"userTransactionId": 1, "Status": "kept: case differs"}""");

        TransactionCleanup.RemoveIgnoredKeys([row]);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"userTransactionId": 1, "Status": "kept: case differs"}"""), row));
    }
}
