using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data.Generation;
using PersonalCapital.Sandbox.Protocol;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>invest/getHoldings</c>: the positions of the selected accounts, their total, and the classification trees
/// asked for in <c>classificationStyles</c> (none by default; "allocation" first whenever it is included, because
/// callers read <c>classifications[0]</c>).
/// </summary>
internal static class HoldingsEndpoint
{
    public static DataResult Handle(DemoDataset data, FormValues form)
    {
        var accounts = RequestFields.AccountFilter(form);
        var styles = form.GetList("classificationStyles").Select(s => s.Trim().ToLowerInvariant()).ToHashSet();
        var holdings = data.Holdings
            .Where(h => accounts is null || accounts.Contains(h.Account.UserAccountId))
            .OrderBy(h => h.Account.UserAccountId)
            .ThenByDescending(h => h.Value)
            .ToList();
        var total = holdings.Sum(h => h.Value);

        var classifications = new JsonArray();
        if (styles.Contains("allocation") || styles.Contains("all"))
        {
            classifications.Add(AllocationTree(holdings, total));
        }
        if (styles.Contains("sector") || styles.Contains("all"))
        {
            classifications.Add(SectorTree(holdings, total));
        }

        return DataResult.Ok(new JsonObject
        {
            ["holdingsTotalValue"] = Money(total),
            ["holdings"] = HoldingRows(holdings, total),
            ["classifications"] = classifications,
        });
    }

    private static JsonArray HoldingRows(List<DemoHolding> holdings, decimal total)
    {
        var valueRank = Ranks(holdings, h => (double)h.Value);
        var changeRank = Ranks(holdings, h => h.OneDayPercentChange);
        var rows = new JsonArray();
        for (var i = 0; i < holdings.Count; i++)
        {
            var holding = holdings[i];
            var security = holding.Security;
            var hasTicker = security.Ticker.Length > 0;
            var percent = (decimal)holding.OneDayPercentChange;
            var json = new JsonObject
            {
                ["userAccountId"] = holding.Account.UserAccountId,
                ["accountName"] = holding.Account.Name,
                ["ticker"] = security.Ticker,
            };
            if (hasTicker)
            {
                json["originalTicker"] = security.Ticker;
            }
            json["cusip"] = security.Cusip;
            if (hasTicker)
            {
                json["originalCusip"] = security.Cusip;
            }
            json["description"] = security.Description;
            json["originalDescription"] = security.OriginalDescription;
            if (security.FundType is not null)
            {
                json["type"] = security.FundType;
            }
            json["holdingType"] = security.HoldingType;
            json["quantity"] = Plain(holding.Quantity);
            json["price"] = Plain(holding.Price);
            json["value"] = Money(holding.Value);
            json["costBasis"] = MoneyOrNaN(holding.CostBasis);
            json["holdingPercentage"] = Number(Share(holding.Value, total), 2);
            json["oneDayPercentChange"] = Number(percent, 2);
            json["oneDayValueChange"] = Money(holding.Value * percent / 100m);
            json["change"] = Money(holding.Price * percent / 100m);
            json["fundFees"] = security.FundFees is { } fees ? Plain(fees) : NaN;
            json["feesPerYear"] = security.FundFees is { } yearly ? Money(holding.Value * yearly / 100m) : NaN;
            json["source"] = security.PriceSource == "USER" ? "USER" : "YODLEE";
            json["sourceAssetId"] = security.SourceAssetId;
            json["priceSource"] = security.PriceSource;
            json["external"] = "false";
            if (hasTicker)
            {
                json["currency"] = "USD";
            }
            if (security.Exchange is not null)
            {
                json["exchange"] = security.Exchange;
            }
            json["marketType"] = hasTicker ? 1 : 0;
            json["manualClassification"] = "UNCLASSIFIED";
            json["isMarketMover"] = false;
            json["isCash"] = security.HoldingType == "Cash";
            json["isShort"] = false;
            json["valueSortIndex"] = valueRank[i];
            json["changeSortIndex"] = changeRank[i];
            json["oneDayPercentChangeSortIndex"] = changeRank[i];
            json["oneDayValueChangeSortIndex"] = changeRank[i];
            if (hasTicker)
            {
                json["tradingRatio"] = 1;
                json["taxCost"] = 0;
            }
            rows.Add(json);
        }
        return rows;
    }

    private static JsonObject AllocationTree(List<DemoHolding> holdings, decimal total)
    {
        var boxes = new JsonArray();
        foreach (var box in HoldingCatalog.AllocationBoxes)
        {
            var inBox = holdings.Where(h => h.Security.AllocationBox == box).ToList();
            var boxValue = inBox.Sum(h => h.Value);
            var node = Node(box, boxValue, total);
            var hasInnerNodes = HoldingCatalog.Positions.Any(p => p.Security.AllocationBox == box && p.Security.AllocationSubclass is not null);
            if (hasInnerNodes)
            {
                var inner = new JsonArray();
                foreach (var group in inBox.GroupBy(h => h.Security.AllocationSubclass ?? box).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    var groupValue = group.Sum(h => h.Value);
                    var child = Node(group.Key, groupValue, total);
                    child["assets"] = Assets(group, groupValue, total);
                    inner.Add(child);
                }
                node["classifications"] = inner;
            }
            else
            {
                node["assets"] = Assets(inBox, boxValue, total);
            }
            boxes.Add(node);
        }
        var top = Node("allocationSevenBox", total, total);
        top["classifications"] = boxes;
        return top;
    }

    private static JsonObject SectorTree(List<DemoHolding> holdings, decimal total)
    {
        var sectors = new JsonArray();
        foreach (var sector in HoldingCatalog.Sectors)
        {
            var inSector = holdings.Where(h => h.Security.Sector == sector).ToList();
            if (inSector.Count == 0)
            {
                continue;
            }
            var value = inSector.Sum(h => h.Value);
            var node = Node(sector, value, total);
            node["assets"] = Assets(inSector, value, total);
            sectors.Add(node);
        }
        var top = Node("sector", total, total);
        top["classifications"] = sectors;
        return top;
    }

    private static JsonObject Node(string name, decimal value, decimal total) => new()
    {
        ["classificationTypeName"] = name,
        ["value"] = Money(value),
        ["percentOfTMV"] = Number(Share(value, total), 2),
    };

    private static JsonArray Assets(IEnumerable<DemoHolding> holdings, decimal parentValue, decimal total) =>
        new([.. holdings.Select(h => (JsonNode)new JsonObject
        {
            ["userAccountId"] = h.Account.UserAccountId,
            ["accountName"] = h.Account.Name,
            ["ticker"] = h.Security.Ticker,
            ["description"] = h.Security.Description,
            ["value"] = Money(h.Value),
            ["percentOfTMV"] = Number(Share(h.Value, total), 2),
            ["percentOfParent"] = Number(Share(h.Value, parentValue), 2),
        })]);

    private static decimal Share(decimal part, decimal whole) => whole == 0m ? 0m : part / whole * 100m;

    /// <summary>Position of each holding when sorted by <paramref name="key"/>, largest first (0-based).</summary>
    private static int[] Ranks(List<DemoHolding> holdings, Func<DemoHolding, double> key)
    {
        var order = Enumerable.Range(0, holdings.Count).OrderByDescending(i => key(holdings[i])).ThenBy(i => i).ToArray();
        var ranks = new int[holdings.Count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }
}
