using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Sandbox;

namespace PersonalCapital.Client.Tests.Variants;

/// <summary>The classic and the new site's getAccounts2 (upstream-protocol §12) read the same through the typed model.</summary>
public sealed class PayloadShapeTests
{
    [Fact]
    public async Task Both_sites_give_the_same_names_activity_and_balances()
    {
        var classic = await AccountsAsync(SandboxSite.Classic);
        var empower = await AccountsAsync(SandboxSite.Empower);

        Assert.Equal(empower, classic);
        Assert.All(classic, a => Assert.False(string.IsNullOrEmpty(a.Name)));
        Assert.Contains(classic, a => a.IsActive == false);
        Assert.Contains(classic, a => a.IsActive == true);
    }

    private static async Task<List<(long? Id, string? Name, bool? IsActive, decimal? Balance)>> AccountsAsync(SandboxSite site)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.Site = site);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        var list = await harness.Client.GetAccounts2Async();
        return [.. list.Accounts.Select(a => (a.UserAccountId, a.Name, a.IsActive, a.Balance))];
    }
}
