using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Control;

/// <summary><c>/sandbox/transactions</c>: changes to one sandbox's data, as getUserTransactions then shows them.</summary>
public sealed class TransactionControlTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rows_can_be_added_edited_removed_and_settled_and_other_sandboxes_keep_their_data()
    {
        await using var sandbox = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        await using var other = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        using var control = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        using var otherClient = new ScriptedClient(other.BaseAddress);
        await otherClient.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        var before = await RowsAsync(client);
        var pending = before.First(r => (string?)r["status"] == "pending");
        var posted = before.First(r => (string?)r["status"] == "posted");

        var added = await control.PostAsJsonAsync("sandbox/transactions", new { date = "2026-05-14", amount = 12.34m, description = "Corner Bakery" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var addedId = (long)(await added.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await control.PatchAsJsonAsync($"sandbox/transactions/{Id(posted)}", new { amount = 1.5m, description = "Edited" })).StatusCode);
        var settled = await control.PostAsync($"sandbox/transactions/{Id(pending)}/settle", null);
        var settledId = (long)(await settled.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var after = await RowsAsync(client);
        var row = after.Single(r => Id(r) == addedId);
        Assert.Equal("Corner Bakery", (string?)row["description"]);
        Assert.Equal(12.34m, (decimal)row["amount"]!);
        Assert.Equal("2026-05-14", (string?)row["transactionDate"]);
        var edited = after.Single(r => Id(r) == Id(posted));
        Assert.Equal(("Edited", 1.5m), ((string?)edited["description"], (decimal)edited["amount"]!));
        Assert.DoesNotContain(after, r => Id(r) == Id(pending));
        Assert.Equal("posted", (string?)after.Single(r => Id(r) == settledId)["status"]);
        Assert.Equal(before.Count + 1, after.Count);
        var days = after.Select(r => (string)r["transactionDate"]!).ToList();
        Assert.Equal(days.OrderDescending(StringComparer.Ordinal), days);

        Assert.Equal(HttpStatusCode.NoContent, (await control.DeleteAsync($"sandbox/transactions/{addedId}")).StatusCode);
        Assert.DoesNotContain(await RowsAsync(client), r => Id(r) == addedId);
        Assert.Equal(HttpStatusCode.NotFound, (await control.DeleteAsync($"sandbox/transactions/{addedId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await control.PostAsync($"sandbox/transactions/{Id(posted)}/settle", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await control.PostAsJsonAsync("sandbox/transactions", new { date = "2026-05-14", amount = -1m, description = "x" })).StatusCode);

        Assert.Equal(before.Select(Id), (await RowsAsync(otherClient)).Select(Id));
    }

    private static long Id(JsonNode? row) => (long)row!["userTransactionId"]!;

    private static async Task<List<JsonObject>> RowsAsync(ScriptedClient client)
    {
        var answer = await client.PostAsync("api/transaction/getUserTransactions", ("startDate", "2026-04-15"), ("endDate", "2026-05-15"));
        answer.AssertSuccess();
        return [.. answer.SpData!["transactions"]!.AsArray().OfType<JsonObject>()];
    }
}
