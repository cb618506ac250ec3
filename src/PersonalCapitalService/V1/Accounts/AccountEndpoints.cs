using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Accounts;

internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapV1Accounts(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("accounts", async (V1Request request, CancellationToken ct) =>
                new RowsResult<AccountRecord>(await request.AccountsAsync(ct)),
            "Every account; balances are signed (liabilities negative) and add up to the net worth")
            .WithTags("Accounts");
        return v1;
    }
}
