using Microsoft.Extensions.Options;
using PersonalCapital.Sandbox.Data;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox;

/// <summary>
/// Standalone sandbox: <c>dotnet run --project src/PersonalCapital.Sandbox -- --urls http://127.0.0.1:PORT</c>.
/// <c>bench-data [--years N --volume N --seed N]</c> times the demo data generator instead.
/// </summary>
public static class SandboxProgram
{
    private const string DefaultUrl = "http://127.0.0.1:5081";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bench-data")
        {
            return await DataBenchmark.RunAsync(args[1..], Console.Out);
        }

        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddSandbox();
        var app = builder.Build();
        app.MapSandbox();

        var options = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        app.Services.GetRequiredService<ChallengeCodes>().Issued += code =>
            Console.WriteLine($"[sandbox] {code.Channel} code for {code.Username}: {code.Code}");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine($"[sandbox] Empower upstream emulator listening on {string.Join(", ", app.Urls)}");
            Console.WriteLine($"[sandbox] demo login: {options.Username} / {options.Password}" +
                (string.IsNullOrEmpty(options.TwoFactorCode) ? "; second-factor codes are printed here" : $"; second-factor code {options.TwoFactorCode}"));
        });
        await app.RunAsync();
        return 0;
    }
}
