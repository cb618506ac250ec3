using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PersonalCapital.Store.Model;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// What every /trans route does: check its range (400 naming the parameter, before any upstream call), take every
/// transaction of the range already rendered with its category name (full or cleaned), filter, and answer bare or wrapped.
/// </summary>
internal sealed class TransactionQuery(
    LegacyTransactionSource source,
    TimeProvider time,
    IOptions<RouteSettings> settings)
{
    /// <summary>The server's local date, as the original's.</summary>
    private DateOnly Today => time.LocalToday();

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

    public async Task<Results<JsonRowsResult, ValidationProblem>> RespondAsync(
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
        var rows = await source.RowsAsync(range.Value, view.Cleanup ? TransactionText.LegacyClean : TransactionText.LegacyFull, cancellationToken);
        if (filter is not null)
        {
            // The filters read typed fields of whole rows; only the (few) rows of a filtered route are parsed.
            var parsed = new List<JsonObject>();
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                parsed.Add(JsonNode.Parse(row)!.AsObject());
            }
            rows = filter(parsed).Select(r => r.ToJsonString(LegacyJson.Options)).ToAsyncEnumerable();
        }
        return TypedResults.Extensions.JsonRows(rows, view.Wrapped);
    }
}

internal static class JsonRowsResultExtensions
{
    public static JsonRowsResult JsonRows(this IResultExtensions _, IAsyncEnumerable<string> rows, bool wrapped) => new(rows, wrapped);
}
