using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

/// <summary>
/// The sandbox answers carry every field of the fabricated examples in the protocol notes (Fixtures/), nested the
/// same way and of the same JSON kind, so a client written from the notes finds what it expects.
/// </summary>
public sealed class FixtureShapeTests
{
    [Theory]
    [InlineData("getAccounts.json", "newaccount/getAccounts", null)]
    [InlineData("getAccounts.json", "newaccount/getAccounts2", null)]
    [InlineData("getUserTransactions.json", "transaction/getUserTransactions", null)]
    [InlineData("getCategories.json", "transactioncategory/getCategories", null)]
    [InlineData("getHoldings.json", "invest/getHoldings", """["allocation"]""")]
    [InlineData("getHistories.json", "account/getHistories", null)]
    public async Task Data_answers_have_the_fixture_shape(string fixture, string operation, string? classificationStyles)
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        List<(string, string)> fields =
        [
            ("lastServerChangeId", "-1"),
            ("startDate", today.AddMonths(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("endDate", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("types", """["balances","networth","dailyChangeAmount"]"""),
        ];
        if (classificationStyles is not null)
        {
            fields.Add(("classificationStyles", classificationStyles));
        }

        var answer = await client.PostAsync("api/" + operation, [.. fields]);

        answer.AssertSuccess();
        // getAccounts2 has the new site's shape (§12): name, but no accountName.
        AssertConforms(Fixture(fixture)["spData"], answer.SpData, "spData",
            ignore: operation == "newaccount/getAccounts2" ? ["accountName"] : null);
        AssertConforms(Fixture(fixture)["spHeader"], answer.Header, "spHeader", ignore: ["csrf", "deviceName"]);
    }

    [Fact]
    public async Task Login_answers_have_the_fixture_shape()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();

        var notYet = await client.PostAsync("api/newaccount/getAccounts", ("lastServerChangeId", "-1"));
        var identified = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        var early = await client.PostAsync("api/newaccount/getAccounts", ("lastServerChangeId", "-1"));
        await client.PostAsync("api/credential/challengeSms");
        await client.PostAsync("api/credential/authenticateSms", ("code", Sandboxes.FixedCode));
        var authenticated = await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password), ("bindDevice", "true"));

        AssertConforms(Fixture("identifyUser.json"), identified.Json, "identifyUser");
        AssertConforms(Fixture("error-session-expired.json"), early.Json, "error-session-expired");
        Assert.False(notYet.Json!.ContainsKey("spData"));
        AssertConforms(Fixture("authenticatePassword.json"), authenticated.Json, "authenticatePassword", ignore: ["deviceName"]);
    }

    private static JsonNode Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!;

    /// <summary>Every key of <paramref name="expected"/> is in <paramref name="actual"/>, recursively, with a compatible kind.</summary>
    private static void AssertConforms(JsonNode? expected, JsonNode? actual, string path, IReadOnlyCollection<string>? ignore = null)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                if (expectedObject.Count > 0 && expectedObject.All(p => IsAccountKey(p.Key)))
                {
                    // Maps keyed by account id (balances, dailyChangeAmount): the keys are data, not fields.
                    Assert.True(actualObject.Count > 0, $"{path} is empty");
                    return;
                }
                foreach (var (key, value) in expectedObject)
                {
                    if (ignore?.Contains(key) == true)
                    {
                        continue;
                    }
                    Assert.True(actualObject.ContainsKey(key), $"{path}.{key} is missing");
                    AssertConforms(value, actualObject[key], $"{path}.{key}", ignore);
                }
                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                if (expectedArray.Count == 0)
                {
                    return;
                }
                Assert.True(actualArray.Count > 0, $"{path} is empty");
                if (expectedArray[0] is JsonObject)
                {
                    // Items differ by kind (bank rows lack investment fields): compare the union of their fields.
                    AssertConforms(Union(expectedArray), Union(actualArray), $"{path}[]", ignore);
                }
                else
                {
                    AssertConforms(expectedArray[0], actualArray[0], $"{path}[0]", ignore);
                }
                break;
            case JsonValue expectedValue:
                Assert.True(Compatible(expectedValue.GetValueKind(), actual), $"{path}: expected {expectedValue.GetValueKind()}, got {actual?.ToJsonString() ?? "null"}");
                break;
        }
    }

    private static JsonObject Union(JsonArray items)
    {
        var union = new JsonObject();
        foreach (var item in items.OfType<JsonObject>())
        {
            foreach (var (key, value) in item)
            {
                if (!union.ContainsKey(key) || union[key] is null)
                {
                    union[key] = value?.DeepClone();
                }
            }
        }
        return union;
    }

    private static bool Compatible(JsonValueKind expected, JsonNode? actual)
    {
        var kind = actual?.GetValueKind() ?? JsonValueKind.Null;
        return expected switch
        {
            // Upstream numbers are sometimes strings: "NaN", "0.00", a string creditLimit (§4.3).
            JsonValueKind.Number => kind == JsonValueKind.Number || kind == JsonValueKind.String,
            JsonValueKind.True or JsonValueKind.False => kind is JsonValueKind.True or JsonValueKind.False,
            JsonValueKind.String => kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null,
            _ => true,
        };
    }

    private static bool IsAccountKey(string key) =>
        key.Length > 0 && char.IsAsciiDigit(key[0]) && key.TrimEnd("Annotation".ToCharArray()).All(char.IsAsciiDigit);
}
