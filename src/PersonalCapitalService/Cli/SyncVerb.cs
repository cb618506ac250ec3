using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Transport;
using PersonalCapital.Store;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Sync;

namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>sync</c>: one sync of the upstream into the store, progress on stderr, then exit 0; non-zero with one sentence
/// when it cannot (upstream trouble, a login needing a code, another sync running, a store that cannot be opened).
/// </summary>
internal static class SyncVerb
{
    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter error)
    {
        try
        {
            using var host = VerbHost.Build(command.HostArgs, builder => builder.AddOwnerStore().AddOwnerSync(schedule: false));
            CredentialsLoader.Load(host.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value);
            var store = host.Services.GetRequiredService<OwnerStore>();
            await store.InitializeAsync(CancellationToken.None);
            var cache = host.Services.GetRequiredService<StoreStateCache>();
            await cache.RefreshAsync(CancellationToken.None);
            var tracker = host.Services.GetRequiredService<SyncStatusTracker>();
            tracker.Progressed += p => error.WriteLine($"sync: {p.Message}");

            if (await host.Services.GetRequiredService<OwnerSync>().RunAsync(CancellationToken.None) == SyncOutcome.AlreadyRunning)
            {
                error.WriteLine("Another sync is running (the service, or another instance); try again when it is done.");
                return ExitCodes.Failed;
            }
            var status = tracker.Current;
            output.WriteLine($"Synced: {status.Counts.Accounts} accounts, {status.Counts.Transactions} transactions " +
                $"({status.Coverage?.Start:yyyy-MM-dd}..{status.Coverage?.End:yyyy-MM-dd}); " +
                $"{status.LastRun?.Added} added, {status.LastRun?.Changed} changed, {status.LastRun?.Removed} removed.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is CredentialException or SecretFileException or OptionsValidationException or StoreUnavailableException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Misconfigured;
        }
        catch (System.Data.Common.DbException e)
        {
            error.WriteLine($"The store cannot be opened: {e.Message.TrimEnd('.')}. Check Store__ConnectionString.");
            return ExitCodes.Misconfigured;
        }
        catch (UpstreamException e)
        {
            error.WriteLine($"Sync failed (what was stored stays): {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
