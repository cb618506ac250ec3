using PersonalCapital.Client.Credentials;

namespace PersonalCapitalService.Cli;

/// <summary><c>keygen</c>: prints a new random 256-bit key for <c>PersonalCapital__EncryptionKey</c>.</summary>
internal static class KeygenVerb
{
    public static int Run(TextWriter output)
    {
        output.WriteLine(CredentialCipher.GenerateKey());
        return ExitCodes.Success;
    }
}
