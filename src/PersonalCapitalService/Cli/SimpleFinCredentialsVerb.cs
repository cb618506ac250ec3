using System.Globalization;
using Microsoft.Extensions.Options;
using PersonalCapitalService.SimpleFin;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>simplefin-credentials [list]</c> prints one line per access credential (id, created, state, who claimed it);
/// <c>simplefin-credentials revoke ID</c> revokes one: its next request gets 403.
/// </summary>
internal static class SimpleFinCredentialsVerb
{
    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter error)
    {
        var action = command.Arguments.Count > 0 ? command.Arguments[0] : "list";
        if (action is not ("list" or "revoke") || action == "revoke" && command.Arguments.Count != 2)
        {
            error.WriteLine("Use: simplefin-credentials list | simplefin-credentials revoke ID");
            return ExitCodes.Misconfigured;
        }
        try
        {
            using var host = VerbHost.Build(command.HostArgs, builder => builder.Services.AddSimpleFinAccess());
            var store = host.Services.GetRequiredService<ISimpleFinAccessStore>();
            if (action == "revoke")
            {
                var id = command.Arguments[1];
                if (!await store.RevokeAsync(id, CancellationToken.None))
                {
                    error.WriteLine($"No active SimpleFIN access credential has the id '{id}'.");
                    return ExitCodes.Failed;
                }
                output.WriteLine($"Revoked {id}.");
                return ExitCodes.Success;
            }
            foreach (var credential in await store.ListAsync(CancellationToken.None))
            {
                output.WriteLine(string.Join('\t',
                    credential.Id,
                    credential.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
                    credential.RevokedAt is { } at ? "revoked " + at.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "active",
                    credential.Label ?? "-"));
            }
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Misconfigured;
        }
    }
}
