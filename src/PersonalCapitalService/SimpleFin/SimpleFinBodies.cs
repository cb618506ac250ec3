using System.Text.Json.Serialization;

namespace PersonalCapitalService.SimpleFin;

// The JSON of /simplefin (protocol names, hence the explicit property names; spec: shared/spec/simplefin.md).

/// <summary><c>GET /simplefin/info</c>.</summary>
internal sealed record SimpleFinInfo([property: JsonPropertyName("versions")] IReadOnlyList<string> Versions);

/// <summary>The v1 answer of <c>GET /simplefin/accounts</c>: <c>errors</c> is always there, empty when all is well.</summary>
internal sealed record SimpleFinAccountSetV1(
    [property: JsonPropertyName("errors")] IReadOnlyList<string> Errors,
    [property: JsonPropertyName("accounts")] IReadOnlyList<SimpleFinAccount> Accounts);

/// <summary>The v2 draft's answer (<c>version=2</c>): coded errors and connections instead of an org per account.</summary>
internal sealed record SimpleFinAccountSetV2(
    [property: JsonPropertyName("errlist")] IReadOnlyList<SimpleFinError> Errlist,
    [property: JsonPropertyName("connections")] IReadOnlyList<SimpleFinConnection> Connections,
    [property: JsonPropertyName("accounts")] IReadOnlyList<SimpleFinAccount> Accounts);

internal sealed record SimpleFinError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("msg")] string Msg);

internal sealed record SimpleFinConnection(
    [property: JsonPropertyName("conn_id")] string ConnId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("org_id")] string OrgId,
    [property: JsonPropertyName("sfin_url")] string SfinUrl);

internal sealed record SimpleFinOrg(
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sfin-url")] string SfinUrl);

/// <summary>Money is a string with exactly two decimals (Actual reads it by dropping the point); dates are Unix seconds.</summary>
internal sealed record SimpleFinAccount(
    [property: JsonPropertyName("org"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SimpleFinOrg? Org,
    [property: JsonPropertyName("conn_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConnId,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("balance")] string Balance,
    [property: JsonPropertyName("available-balance")] string AvailableBalance,
    [property: JsonPropertyName("balance-date")] long BalanceDate,
    [property: JsonPropertyName("transactions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SimpleFinTransaction>? Transactions,
    [property: JsonPropertyName("holdings"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SimpleFinHolding>? Holdings,
    [property: JsonPropertyName("extra")] SimpleFinAccountExtra Extra);

internal sealed record SimpleFinAccountExtra(
    [property: JsonPropertyName("institution"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Institution,
    [property: JsonPropertyName("type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type);

/// <summary><c>posted</c> is 0 while pending; <c>amount</c> is positive for money in.</summary>
internal sealed record SimpleFinTransaction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("posted")] long Posted,
    [property: JsonPropertyName("amount")] string Amount,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("payee")] string Payee,
    [property: JsonPropertyName("memo")] string Memo,
    [property: JsonPropertyName("transacted_at")] long TransactedAt,
    [property: JsonPropertyName("pending")] bool Pending,
    [property: JsonPropertyName("extra")] SimpleFinTransactionExtra Extra);

internal sealed record SimpleFinTransactionExtra(
    [property: JsonPropertyName("category"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Category);

/// <summary>As SimpleFIN Bridge sends them: <c>cost_basis</c> is the whole position's cost, <c>purchase_price</c> per share.</summary>
internal sealed record SimpleFinHolding(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("created")] long Created,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("cost_basis")] string CostBasis,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("market_value")] string MarketValue,
    [property: JsonPropertyName("purchase_price")] string PurchasePrice,
    [property: JsonPropertyName("shares")] string Shares,
    [property: JsonPropertyName("symbol")] string Symbol);
