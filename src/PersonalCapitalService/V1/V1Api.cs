using System.Text.Json.Serialization;
using PersonalCapitalService.Problems;
using PersonalCapitalService.Storage;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Balances;
using PersonalCapitalService.V1.Cashflow;
using PersonalCapitalService.V1.Categories;
using PersonalCapitalService.V1.Common;
using PersonalCapitalService.V1.Holdings;
using PersonalCapitalService.V1.NetWorth;
using PersonalCapitalService.V1.Performance;
using PersonalCapitalService.V1.Spending;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.V1;

/// <summary>The v1 resources: flat, typed lists under <c>/v1/</c>, each also as <c>.csv</c>, read through <c>IOwnerData</c>.</summary>
internal static class V1Api
{
    public const string Prefix = "/v1";

    public static IServiceCollection AddV1Api(this IServiceCollection services)
    {
        services.AddScoped<V1Request>();
        // Numbers are numbers: nothing is read from JSON strings, so the schemas say "number", not "number or string".
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services;
    }

    public static IEndpointRouteBuilder MapV1Api(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup(Prefix)
            .AddEndpointFilter<RowsHeadersFilter>()
            .AddEndpointFilter<UpstreamProblemFilter>()
            .AddEndpointFilter<StoreValidatorsFilter>()
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
        v1.MapV1Accounts()
            .MapV1Transactions()
            .MapV1Holdings()
            .MapV1Categories()
            .MapV1NetWorth()
            .MapV1Balances()
            .MapV1Cashflow()
            .MapV1Spending()
            .MapV1Performance();
        return app;
    }
}
