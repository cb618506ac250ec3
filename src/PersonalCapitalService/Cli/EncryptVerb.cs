using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;

namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>encrypt</c>: reads one secret from stdin (typed without echo, or piped) and prints its encrypted form for
/// creds.json, under <c>PersonalCapital__EncryptionKey</c>. Replaces the original's encryptor script.
/// </summary>
internal static class EncryptVerb
{
    public static int Run(string[] hostArgs, TextReader input, TextWriter output, TextWriter error)
    {
        string key;
        try
        {
            using var host = VerbHost.Build(hostArgs);
            var configuration = host.Services.GetRequiredService<IConfiguration>();
            key = configuration[$"{PersonalCapitalOptions.SectionName}:{nameof(PersonalCapitalOptions.EncryptionKey)}"] ?? "";
            if (key.Length == 0)
            {
                error.WriteLine("Set PersonalCapital__EncryptionKey (or PersonalCapital__EncryptionKey_FILE) to a key from the keygen verb first.");
                return ExitCodes.Misconfigured;
            }
            CredentialCipher.ValidateKey(key);
        }
        catch (Exception e) when (e is CredentialException or SecretFileException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Misconfigured;
        }

        var secret = SecretInput.Read(input, error, "secret: ");
        if (string.IsNullOrEmpty(secret))
        {
            error.WriteLine("Nothing to encrypt: give the secret on stdin.");
            return ExitCodes.Failed;
        }
        output.WriteLine(CredentialCipher.Encrypt(secret, key));
        return ExitCodes.Success;
    }
}
