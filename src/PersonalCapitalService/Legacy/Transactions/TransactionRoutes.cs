using PersonalCapitalService.ApiDescription;
using PersonalCapitalService.Input;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Problems;
using static PersonalCapitalService.Legacy.Transactions.TransactionFilters;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// The original's 28 <c>/trans</c> routes (legacy-routes.md), each: range → fetch → cleanup → filter → body.
/// Literal segments beat parameters, and <c>{end}</c> is never a range keyword.
/// </summary>
internal static class TransactionRoutes
{
    public static IServiceCollection AddTransactionRoutes(this IServiceCollection services)
    {
        services.AddOptions<RouteSettings>().BindConfiguration(RouteSettings.SectionName)
            .Validate(s => s.MaxNumDays is >= 1 and <= NumDaysParameter.DefaultMaximum * 10,
                $"Routes__MaxNumDays must be between 1 and {NumDaysParameter.DefaultMaximum * 10} days.").ValidateOnStart();
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<NotRangeKeywordConstraint>(NotRangeKeywordConstraint.Name));
        services.AddSingleton<CategoryNames>();
        services.AddScoped<TransactionQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapTransactionRoutes(this IEndpointRouteBuilder app)
    {
        var trans = app.MapGroup("/trans").AddEndpointFilter<UpstreamProblemFilter>().AddEndpointFilter<StoreValidatorsFilter>().AsLegacy();

        trans.MapGet("/{numDays}", (string numDays, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastDays(numDays), TransactionView.Raw, null, ct));
        trans.MapGet("/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Raw, null, ct));
        trans.MapGet("/{accountName}/{start}/{end:notkeyword}", (string accountName, string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.RawWrapped, rows => Account(rows, accountName), ct));
        trans.MapGet("/all/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.CleanBare, null, ct));
        trans.MapGet("/{accountName}/lastmonth", (string accountName, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Account(rows, accountName), ct));

        trans.MapGet("/expenses/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, Expenses, ct));
        trans.MapGet("/expenses/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, Expenses, ct));
        trans.MapGet("/expenses/all", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.All(), TransactionView.Clean, Expenses, ct));

        trans.MapGet("/investments/{invtype}/lastmonth", (string invtype, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Investment(rows, invtype), ct));
        trans.MapGet("/investments/{invtype}/{start}/{end:notkeyword}", (string invtype, string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, rows => Investment(rows, invtype), ct));
        trans.MapGet("/investments/{invtype}/{accountName}/lastmonth", (string invtype, string accountName, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Account(Investment(rows, invtype), accountName), ct));
        trans.MapGet("/investments/{invtype}/{accountName}/{start}/{end:notkeyword}",
            (string invtype, string accountName, string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, rows => Account(Investment(rows, invtype), accountName), ct));

        trans.MapGet("/investments/Shares_In/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Shares(rows, SharesIn), ct));
        trans.MapGet("/investments/Shares_In/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, rows => Shares(rows, SharesIn), ct));
        trans.MapGet("/investments/Shares_Out/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Shares(rows, SharesOut), ct));
        trans.MapGet("/investments/Shares_Out/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, rows => Shares(rows, SharesOut), ct));

        trans.MapGet("/dividends/{received}/lastmonth", (string received, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Dividends(rows, received), ct));
        trans.MapGet("/dividends/{received}/{start}/{end:notkeyword}", (string received, string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, rows => Dividends(rows, received), ct));
        trans.MapGet("/dividends/{received}/{accountName}/lastmonth", (string received, string accountName, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, rows => Account(Dividends(rows, received), accountName), ct));
        trans.MapGet("/dividends/{received}/{accountName}/{start}/{end:notkeyword}",
            (string received, string accountName, string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, rows => Account(Dividends(rows, received), accountName), ct));

        trans.MapGet("/match/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, EmployerMatch, ct));
        trans.MapGet("/match/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, EmployerMatch, ct));
        trans.MapGet("/401k/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, RetirementContributions, ct));
        trans.MapGet("/401k/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, RetirementContributions, ct));

        trans.MapGet("/401k/rollover/thismonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.ThisMonth(), TransactionView.Clean, Rollover, ct));
        trans.MapGet("/401k/rollover/lastmonth", (TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(q.LastMonth(), TransactionView.Clean, Rollover, ct));
        trans.MapGet("/401k/rollover/{start}/{end:notkeyword}", (string start, string end, TransactionQuery q, CancellationToken ct) =>
            q.RespondAsync(TransactionQuery.Between(start, end), TransactionView.Clean, Rollover, ct));
        return app;
    }
}
