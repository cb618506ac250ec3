using System.Text.Json.Nodes;
using PersonalCapital.Client;
using PersonalCapital.Client.Models;
using PersonalCapitalService.Legacy.Accounts;
using PersonalCapitalService.Legacy.Holdings;

namespace PersonalCapitalService.Legacy;

/// <summary>
/// The bodies of <c>/accounts</c>, <c>/holdings</c> and <c>/holdings/classifications</c> from the upstream: built
/// by the sync (stored, served as is until the next) and, before the first sync or in <c>Store__Mode=Live</c>, per request.
/// </summary>
internal sealed class LegacyBodies(PersonalCapitalClient client)
{
    public const string AccountsKind = "legacy:accounts";
    public const string HoldingsKind = "legacy:holdings";
    public const string ClassificationsKind = "legacy:classifications";

    /// <summary>networth and each account's cleaned name and balance, from getAccounts.</summary>
    public async Task<JsonObject> AccountsAsync(CancellationToken cancellationToken) =>
        AccountsBody.Build((await client.GetAccountsAsync(cancellationToken)).Json);

    /// <summary>Holdings with tickers filled in (one getAssetClassification per holding without one) and each one's account type.</summary>
    public async Task<JsonObject> HoldingsAsync(CancellationToken cancellationToken)
    {
        var accounts = client.GetAccounts2Async(cancellationToken);
        var list = client.GetHoldingsAsync(cancellationToken: cancellationToken);
        await Task.WhenAll(accounts, list);
        return await HoldingsAsync(list.Result, accounts.Result, cancellationToken);
    }

    /// <summary>The same from answers already fetched (the sync has them).</summary>
    public Task<JsonObject> HoldingsAsync(HoldingList holdings, AccountList accounts2, CancellationToken cancellationToken) =>
        HoldingsBody.BuildAsync(holdings.Json, accounts2.Json,
            async (sourceAssetId, userAccountId, token) =>
                (await client.GetAssetClassificationAsync(sourceAssetId, userAccountId, token)).PortfolioComponents.FirstOrDefault()?.Symbol,
            cancellationToken);

    /// <summary>The allocation tree, one level of inner types, percentages as fractions.</summary>
    public async Task<JsonObject> ClassificationsAsync(CancellationToken cancellationToken) =>
        ClassificationsBody.Build((await client.GetHoldingsAsync(["allocation"], cancellationToken: cancellationToken)).Json);
}
