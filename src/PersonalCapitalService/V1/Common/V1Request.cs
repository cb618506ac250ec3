using Microsoft.Extensions.Options;
using PersonalCapitalService.Input;
using PersonalCapitalService.Legacy.Transactions;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Categories;

namespace PersonalCapitalService.V1.Common;

/// <summary>What the v1 handlers share: the owner's data, "today", the range rules and the account/category look-ups.</summary>
public sealed class V1Request(IOwnerData data, TimeProvider time, IOptions<RouteSettings> settings)
{
    public const string AccountName = "account";
    public const string CategoryName = "category";

    public IOwnerData Data => data;

    /// <summary>The server's local date, as for the legacy routes.</summary>
    public DateOnly Today => time.LocalToday();

    public ParameterParseResult<DateRange> Range(RangeQuery query) => V1Ranges.Parse(query, Today, settings.Value.MaxNumDays);

    public async Task<IReadOnlyList<AccountRecord>> AccountsAsync(CancellationToken cancellationToken) =>
        AccountMapping.ToRecords(await data.GetAccountsAsync(cancellationToken));

    public async Task<IReadOnlyList<CategoryRecord>> CategoriesAsync(CancellationToken cancellationToken) =>
        CategoryMapping.ToRecords(await data.GetCategoriesAsync(cancellationToken));

    /// <summary>The account <c>account=</c> names (by id or exact name): none without the parameter, a 404 when no account has it.</summary>
    public async Task<Lookup> AccountAsync(string? text, CancellationToken cancellationToken) =>
        text is null ? Lookup.None : AccountIn(await AccountsAsync(cancellationToken), text);

    public static Lookup AccountIn(IReadOnlyList<AccountRecord> accounts, string? text) =>
        text is null ? Lookup.None
        : (accounts.FirstOrDefault(a => IsId(text, a.Id)) ?? accounts.FirstOrDefault(a => a.Name == text)) is { } found ? new Lookup(found.Id, null)
        : new Lookup(null, V1Problems.Unknown(AccountName, "/v1/accounts"));

    /// <summary>The category <c>category=</c> names (by id or exact name), as for accounts.</summary>
    public async Task<Lookup> CategoryAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return Lookup.None;
        }
        var categories = await CategoriesAsync(cancellationToken);
        return (categories.FirstOrDefault(c => IsId(text, c.Id)) ?? categories.FirstOrDefault(c => c.Name == text)) is { } found
            ? new Lookup(found.Id, null)
            : new Lookup(null, V1Problems.Unknown(CategoryName, "/v1/categories"));
    }

    private static bool IsId(string text, long id) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed == id;
}
