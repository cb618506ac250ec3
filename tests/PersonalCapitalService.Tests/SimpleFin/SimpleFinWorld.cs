using PersonalCapitalService.Cli;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>The service logged in to a sandbox, a SimpleFIN consumer, and setup tokens made by the real verb.</summary>
internal sealed class SimpleFinWorld : IAsyncDisposable
{
    private SimpleFinWorld(RouteWorld routes)
    {
        Routes = routes;
    }

    public RouteWorld Routes { get; }

    public SimpleFinConsumer Consumer { get; } = new();

    public static async Task<SimpleFinWorld> StartAsync(IDictionary<string, string?>? settings = null, bool logIn = true) =>
        new(await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: settings, logIn: logIn));

    /// <summary>The service's own settings for a verb run beside it: the same state folder, its address as the public URL.</summary>
    public string[] VerbArgs(params string[] more) =>
    [
        .. more,
        $"--SimpleFin:PublicUrl={Routes.Service.BaseAddress.AbsoluteUri.TrimEnd('/')}",
        $"--PersonalCapital:SessionFile={Routes.Service.SessionFile}",
    ];

    /// <summary><c>simplefin-token</c> in process: stdout is the token and nothing else.</summary>
    public async Task<string> NewSetupTokenAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SimpleFinTokenVerb.RunAsync(VerbArgs(), output, error);
        Assert.True(exit == 0, error.ToString());
        return output.ToString().Trim();
    }

    public async Task<Uri> NewAccessUrlAsync() => await Consumer.ClaimAccessUrlAsync(await NewSetupTokenAsync());

    public async Task<(int Exit, string Output, string Error)> CredentialsVerbAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SimpleFinCredentialsVerb.RunAsync(CommandLine.Parse(["simplefin-credentials", .. VerbArgs(arguments)]), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Consumer.Dispose();
        await Routes.DisposeAsync();
    }
}
