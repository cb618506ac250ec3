using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Transactions;

/// <summary>
/// <see cref="PersonalCapitalClient.GetTransactionsAsync"/> gathers every row however the upstream pages: page by page
/// from one that pages, in one call from one that ignores paging (and sends more rows than a page).
/// </summary>
public sealed class TransactionPagingTests
{
    private const int SmallPage = 7;

    [Fact]
    public async Task Small_pages_from_a_paging_upstream_give_the_same_rows_and_totals_as_one_big_page()
    {
        using var folder = new TemporaryDirectory();
        // One clock for both sandboxes: the same "today", hence the same generated data.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var paging = await Sandboxes.StartAsync(o => o.PageTransactions = true, clock);
        await using var whole = await Sandboxes.StartAsync(o => o.PageTransactions = false, clock);
        await using var pagedClient = ClientHarness.Create(paging, folder.File("paged.json"), o => o.TransactionPageSize = SmallPage);
        await using var wholeClient = ClientHarness.Create(whole, folder.File("whole.json"), o => o.TransactionPageSize = SmallPage);
        await pagedClient.Client.LoginAsync(new SandboxCodeSource(paging), TwoFactorMethod.Sms);
        await wholeClient.Client.LoginAsync(new SandboxCodeSource(whole), TwoFactorMethod.Sms);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var start = today.AddDays(-120);

        var paged = await pagedClient.Client.GetTransactionsAsync(start, today);
        var expected = await wholeClient.Client.GetTransactionsAsync(start, today);

        Assert.Equal(
            expected.Transactions.Select(t => t.UserTransactionId),
            paged.Transactions.Select(t => t.UserTransactionId));
        Assert.Equal(Round(expected.MoneyIn), Round(paged.MoneyIn));
        Assert.Equal(Round(expected.MoneyOut), Round(paged.MoneyOut));
        Assert.Equal(Round(expected.NetCashflow), Round(paged.NetCashflow));
        Assert.True(expected.Transactions.Count > SmallPage);
        Assert.Equal(expected.Transactions.Count / SmallPage + 1, paging.Stats[GetUserTransactions]);
        Assert.Equal(1, whole.Stats[GetUserTransactions]);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2) : null;
}
