using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// What every /trans route does: check its range (400 naming the parameter, before any upstream call), fetch every
/// transaction of the range with its category name, clean, filter, and answer bare or wrapped.
/// </summary>
internal sealed class TransactionQuery(
    PersonalCapitalClient client,
    CategoryNames categories,
    TimeProvider time,
    IOptions<RouteSettings> settings)
{
    /// <summary>The server's local date, as the original's.</summary>
    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public ParameterParseResult<DateRange> LastDays(string numDays)
    {
        var parsed = NumDaysParameter.Parse(numDays, settings.Value.MaxNumDays);
        return parsed.IsValid
            ? ParameterParseResult<DateRange>.Success(RouteDateRanges.LastDays(Today, parsed.Value))
            : ParameterParseResult<DateRange>.Failure(parsed.ParameterName!, parsed.ErrorMessage!);
    }

    public static ParameterParseResult<DateRange> Between(string start, string end) => DateParameters.ParseRange(start, end);

    public ParameterParseResult<DateRange> LastMonth() => ParameterParseResult<DateRange>.Success(RouteDateRanges.LastMonth(Today));

    public ParameterParseResult<DateRange> ThisMonth() => ParameterParseResult<DateRange>.Success(RouteDateRanges.ThisMonth(Today));

    public ParameterParseResult<DateRange> All() => ParameterParseResult<DateRange>.Success(RouteDateRanges.All(Today));

    public async Task<Results<Ok<JsonNode>, ValidationProblem>> RespondAsync(
        ParameterParseResult<DateRange> range,
        TransactionView view,
        Func<List<JsonObject>, List<JsonObject>>? filter,
        CancellationToken cancellationToken)
    {
        if (!range.IsValid)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [range.ParameterName!] = [range.ErrorMessage!] },
                detail: range.ErrorMessage,
                title: $"Invalid {range.ParameterName}");
        }
        var list = await client.GetTransactionsAsync(range.Value.Start, range.Value.End, cancellationToken: cancellationToken);
        var rows = list.TakeRows();
        TransactionCategoryNames.Attach(rows, await categories.ForAsync(rows, cancellationToken));
        if (view.Cleanup)
        {
            TransactionCleanup.RemoveIgnoredKeys(rows);
        }
        if (filter is not null)
        {
            rows = filter(rows);
        }
        return TypedResults.Ok<JsonNode>(view.Wrapped ? TransactionBodies.Wrapped(rows) : TransactionBodies.Bare(rows));
    }
}
