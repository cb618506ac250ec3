namespace PersonalCapital.Sandbox;

/// <summary>Standalone entry point: <c>dotnet run --project src/PersonalCapital.Sandbox -- --urls http://127.0.0.1:PORT</c>.</summary>
public static class SandboxProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "sandbox");
        await app.RunAsync();
        return 0;
    }
}
