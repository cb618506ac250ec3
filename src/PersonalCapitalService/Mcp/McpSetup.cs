namespace PersonalCapitalService.Mcp;

/// <summary>
/// The MCP endpoint at <c>/mcp</c>: streamable HTTP (stateless: every request stands alone, so the owner's Basic
/// credentials on each one are all the session there is), read-only tools of <see cref="FinanceTools"/>.
/// </summary>
internal static class McpSetup
{
    public const string Path = "/mcp";

    public static IServiceCollection AddMcpEndpoint(this IServiceCollection services)
    {
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "PersonalCapitalService", Version = "1.0" })
            .WithHttpTransport(o => o.Stateless = true)
            .WithTools<FinanceTools>();
        return services;
    }

    public static IEndpointRouteBuilder MapMcpEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMcp(Path).WithTags("MCP").ExcludeFromDescription();
        return app;
    }
}
