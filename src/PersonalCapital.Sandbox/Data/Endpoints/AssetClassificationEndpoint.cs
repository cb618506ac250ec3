using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>invest/getAssetClassification</c>: what a holding is made of. Callers only read
/// <c>portfolioComponents[0].symbol</c>, falling back to "CASH"; the demo plan-only funds answer with a look-through
/// symbol, an empty list, or no list at all, so every branch of such a caller is reachable.
/// </summary>
internal static class AssetClassificationEndpoint
{
    public static DataResult Handle(DemoDataset data, FormValues form)
    {
        var sourceAssetId = form.Get("sourceAssetId")?.Trim();
        if (string.IsNullOrEmpty(sourceAssetId))
        {
            return DataResult.InvalidField("sourceAssetId", "sourceAssetId is required.");
        }
        long? userAccountId = long.TryParse(form.Get("userAccountId"), out var id) ? id : null;
        var matches = data.Holdings.Where(h => h.Security.SourceAssetId == sourceAssetId).ToList();
        var holding = matches.FirstOrDefault(h => userAccountId is null || h.Account.UserAccountId == userAccountId) ?? matches.FirstOrDefault();

        var json = new JsonObject { ["sourceAssetId"] = sourceAssetId };
        if (userAccountId is { } account)
        {
            json["userAccountId"] = account;
        }
        if (holding is null)
        {
            json["portfolioComponents"] = new JsonArray();
            return DataResult.Ok(json);
        }

        var security = holding.Security;
        json["description"] = security.Description;
        var components = security.Components switch
        {
            ComponentsAnswer.OwnTicker => [new PortfolioComponent(security.Ticker, 100m)],
            ComponentsAnswer.LookThrough => security.LookThrough,
            ComponentsAnswer.EmptyList => [],
            _ => null,
        };
        if (components is not null)
        {
            json["portfolioComponents"] = new JsonArray([.. components.Select(c => (JsonNode)new JsonObject
            {
                ["symbol"] = c.Symbol,
                ["percentage"] = JsonValues.Plain(c.Percentage),
            })]);
        }
        return DataResult.Ok(json);
    }
}
