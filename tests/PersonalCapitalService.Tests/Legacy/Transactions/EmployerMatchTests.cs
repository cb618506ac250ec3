using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Tests.Legacy.Transactions;

/// <summary>
/// 401k(match). Each case lists (id, description, date, amount) rows that already pass 401k(all) and the ids
/// the original's procedure leaves, traced by hand in the comment (i walks from the end, j from the start,
/// "rm j" removes index j from both lists).
/// </summary>
public class EmployerMatchTests
{
    public static TheoryData<string, string, long[]> Cases => new()
    {
        {
            // i=1 first=2(50): j=0 check 1(100): 50<=100, rm 0 -> [2]. i=0 first=2: only itself.
            "one pair, employee first",
            "1 A d1 100; 2 A d1 50",
            [2]
        },
        {
            // i=1 first=1(100): j=0 2(50) 100<=50 no; j=1 self. i=0 first=2(50): j=1 1(100) 50<=100, rm 1 -> [2].
            "one pair, match first",
            "2 A d1 50; 1 A d1 100",
            [2]
        },
        {
            // i=1 first=2(50): j=0 1(50) 50<=50, rm 0 -> [2]: the later of two equal rows stays.
            "equal amounts keep the later row",
            "1 A d1 50; 2 A d1 50",
            [2]
        },
        {
            "equal amounts keep the later row, reversed",
            "2 A d1 50; 1 A d1 50",
            [1]
        },
        {
            // i=2 first=3(25): j=0 1(100) rm 0 -> [2,3]. i=1 first=3 again (shifted): j=0 2(50) rm 0 -> [3]. i=0 first=3: itself.
            "three rows, smallest last",
            "1 A d1 100; 2 A d1 50; 3 A d1 25",
            [3]
        },
        {
            // i=2 first=3(100): 1(25), 2(50) bigger? no. i=1 first=2(50): j=2 3(100) rm 2 -> [1,2].
            // i=0 first=1(25): j=1 2(50) rm 1 -> [1].
            "three rows, smallest first",
            "1 A d1 25; 2 A d1 50; 3 A d1 100",
            [1]
        },
        {
            // i=2 first=3(50): j=0 1(50) 50<=50 rm 0 -> [2,3]. i=1 first=3 again: j=0 2(100) rm 0 -> [3].
            "three rows with a tie",
            "1 A d1 50; 2 A d1 100; 3 A d1 50",
            [3]
        },
        {
            // i=2 first=3(100): j=0 1(50) no; j=1 2(100) 100<=100 rm 1 -> [1,3]. i=1 first=3: 1(50) no.
            // i=0 first=1(50): j=1 3(100) rm 1 -> [1].
            "two equal larger rows",
            "1 A d1 50; 2 A d1 100; 3 A d1 100",
            [1]
        },
        {
            // Two paychecks on one day under one description: the smallest row eats all others, one per step
            // while it is re-visited after each shift: i=3 rm 1(200); i=2 (4 again) rm 2(100); i=1 (4 again) rm 3(80).
            "two pairs on the same day and description collapse to one row",
            "1 A d1 200; 2 A d1 100; 3 A d1 80; 4 A d1 40",
            [4]
        },
        {
            // i=4 first=5 (other description): nothing. i=3 first=4(d2,100): j=2 3(d2,200) rm 2 -> [1,2,4,5].
            // i=2 first=4 again: nothing else on d2. i=1 first=2(d1,100): j=0 1(d1,200) rm 0 -> [2,4,5]. i=0 first=2: nothing.
            "pairs on different days and an unrelated description",
            "1 A d1 200; 2 A d1 100; 3 A d2 200; 4 A d2 100; 5 B d2 10",
            [2, 4, 5]
        },
        {
            // Different days or descriptions never pair.
            "no pairs",
            "1 A d1 100; 2 A d2 50; 3 B d1 25",
            [1, 2, 3]
        },
        {
            // i=3 first=4(B,10): j=0 1(B,20) rm 0 -> [2,3,4]. i=2 first=4 again: 2(A) 3(A) differ.
            // i=1 first=3(A,50): j=0 2(A,100) rm 0 -> [3,4]. i=0 first=3: 4 differs.
            "interleaved pairs",
            "1 B d1 20; 2 A d1 100; 3 A d1 50; 4 B d1 10",
            [3, 4]
        },
        {
            "a single row stays",
            "1 A d1 100",
            [1]
        },
        {
            "nothing in, nothing out",
            "",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_original_procedure_is_reproduced(string because, string table, long[] expectedIds)
    {
        var rows = Table(table);

        var kept = TransactionFilters.EmployerMatch(rows);

        Assert.True(expectedIds.SequenceEqual(TestRows.Ids(kept)), because);
    }

    [Fact]
    public void Rows_outside_401k_all_are_removed_before_pairing()
    {
        // The purchase (10) would remove both contributions if it took part; 401k(all) drops it first,
        // leaving the pair 1(100)/2(50) -> [2].
        var rows = TestRows.Many("""
            [
              {"userTransactionId": 1, "description": "A", "transactionDate": "2026-03-13", "amount": 100, "transactionType": "Contribution", "category": "Retirement Contributions", "quantity": 1},
              {"userTransactionId": 2, "description": "A", "transactionDate": "2026-03-13", "amount": 50, "transactionType": "Contribution", "category": "Retirement Contributions", "quantity": 1},
              {"userTransactionId": 3, "description": "A", "transactionDate": "2026-03-13", "amount": 10, "transactionType": "Purchase", "category": "Groceries", "quantity": 1}
            ]
            """);

        Assert.Equal([2L], TestRows.Ids(TransactionFilters.EmployerMatch(rows)));
    }

    [Theory]
    // Rows with the same id never pair, even as separate objects: both stay.
    [InlineData("""[{"userTransactionId": 1, "amount": 100}, {"userTransactionId": 1, "amount": 50}]""", 2)]
    // 7 and 7.0 are the same JSON number: both stay.
    [InlineData("""[{"userTransactionId": 7, "amount": 100}, {"userTransactionId": 7.0, "amount": 50}]""", 2)]
    // 1 and "1" differ (as they did in Python): the pair collapses.
    [InlineData("""[{"userTransactionId": 1, "amount": 100}, {"userTransactionId": "1", "amount": 50}]""", 1)]
    // Without ids two rows still pair, but a lone row never removes itself.
    [InlineData("""[{"amount": 100}, {"amount": 50}]""", 1)]
    [InlineData("""[{"amount": 100}]""", 1)]
    // A missing, null, "NaN" or textual amount never compares: both stay.
    [InlineData("""[{"userTransactionId": 1}, {"userTransactionId": 2, "amount": 50}]""", 2)]
    [InlineData("""[{"userTransactionId": 1, "amount": null}, {"userTransactionId": 2, "amount": 50}]""", 2)]
    [InlineData("""[{"userTransactionId": 1, "amount": "NaN"}, {"userTransactionId": 2, "amount": 50}]""", 2)]
    [InlineData("""[{"userTransactionId": 1, "amount": "lots"}, {"userTransactionId": 2, "amount": 50}]""", 2)]
    // A numeric string compares as its number: 50 <= "100" pairs.
    [InlineData("""[{"userTransactionId": 1, "amount": "100"}, {"userTransactionId": 2, "amount": 50}]""", 1)]
    public void Ids_and_amounts_are_read_leniently(string rowsWithoutTextFields, int expectedCount)
    {
        var rows = TestRows.Many(rowsWithoutTextFields);
        foreach (var row in rows)
        {
            row["description"] = "A";
            row["transactionDate"] = "2026-03-13";
        }

        Assert.Equal(expectedCount, Pair(rows).Count);
    }

    [Theory]
    [InlineData("""[{"userTransactionId": 1, "amount": 100}, {"userTransactionId": 2, "amount": 50}]""")]
    [InlineData("""[{"userTransactionId": 1, "amount": 100, "description": null, "transactionDate": "d1"}, {"userTransactionId": 2, "amount": 50, "description": null, "transactionDate": "d1"}]""")]
    [InlineData("""[{"userTransactionId": 1, "amount": 100, "description": "A"}, {"userTransactionId": 2, "amount": 50, "description": "A"}]""")]
    [InlineData("""[{"userTransactionId": 1, "amount": 100, "description": "A", "transactionDate": "d1"}, {"userTransactionId": 2, "amount": 50, "description": "a", "transactionDate": "d1"}]""")]
    [InlineData("""[{"userTransactionId": 1, "amount": 100, "description": 5, "transactionDate": "d1"}, {"userTransactionId": 2, "amount": 50, "description": 5, "transactionDate": "d1"}]""")]
    public void Rows_without_comparable_description_and_date_never_pair(string json)
    {
        Assert.Equal(2, Pair(TestRows.Many(json)).Count);
    }

    // Straight to the pairing step, for rows that do not carry the 401k(all) fields.
    private static List<JsonObject> Pair(List<JsonObject> rows) =>
        TransactionFilters.EmployerMatch(rows.Select(WithRetirementFields).ToList());

    private static JsonObject WithRetirementFields(JsonObject row)
    {
        row["transactionType"] = "Contribution";
        row["category"] = "Retirement Contributions";
        row["quantity"] = 1;
        return row;
    }

    // "id description date amount; ..." -> rows that pass 401k(all).
    private static List<JsonObject> Table(string table) =>
        table.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .Select(cells => WithRetirementFields(new JsonObject
            {
                ["userTransactionId"] = long.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture),
                ["description"] = cells[1],
                ["transactionDate"] = cells[2] == "d1" ? "2026-03-13" : "2026-03-27",
                ["amount"] = double.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture),
            }))
            .ToList();
}
