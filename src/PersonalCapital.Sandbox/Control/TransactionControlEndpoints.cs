using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox.Control;

/// <summary>
/// <c>/sandbox/transactions</c>: add, edit, remove and settle transactions, so tests (and demos) can change the
/// owner's data the way Empower would between two syncs.
/// </summary>
internal static class TransactionControlEndpoints
{
    public sealed record NewTransaction(DateOnly Date, decimal Amount, string Description, bool Pending = false, long? Like = null);

    public sealed record TransactionChange(DateOnly? Date, decimal? Amount, string? Description);

    public sealed record TransactionId(long Id);

    public static void MapTransactionControl(this RouteGroupBuilder sandbox)
    {
        var group = sandbox.MapGroup("/transactions");
        group.MapPost("", (NewTransaction request, DataApi api) =>
        {
            var template = request.Like is { } like
                ? api.Data.Transactions.FirstOrDefault(r => r.UserTransactionId == like)
                : api.Data.Transactions.LastOrDefault(r => r.Flags == RowFlags.Purchase && r.Investment is null);
            if (template is null || request.Amount <= 0 || string.IsNullOrWhiteSpace(request.Description))
            {
                return Results.Problem(statusCode: 400, title: "A row needs a positive amount, a description and an existing 'like' id.");
            }
            var row = api.Edits.Add(template, request.Date, request.Amount, request.Description, request.Pending);
            return Results.Created($"/sandbox/transactions/{row.UserTransactionId}", new TransactionId(row.UserTransactionId));
        });
        group.MapPatch("/{id:long}", (long id, TransactionChange change, DataApi api) =>
            api.Edits.Edit(api.Data, id, change.Date, change.Amount, change.Description) is { } row
                ? Results.Ok(new TransactionId(row.UserTransactionId))
                : Results.NotFound());
        group.MapDelete("/{id:long}", (long id, DataApi api) =>
            api.Edits.Remove(api.Data, id) ? Results.NoContent() : Results.NotFound());
        group.MapPost("/{id:long}/settle", (long id, DataApi api) =>
            api.Edits.Settle(api.Data, id) is { } posted ? Results.Ok(new TransactionId(posted.UserTransactionId)) : Results.NotFound());
    }
}
