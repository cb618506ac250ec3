using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace PersonalCapitalService.SimpleFin.Access;

/// <summary>
/// Random secrets and their hashes. Secrets carry 256 random bits, so a plain SHA-256 is enough to make a stolen file
/// useless (a slow password hash only matters for guessable secrets). Base64url keeps them legal in a URL's user info.
/// </summary>
internal static class AccessSecrets
{
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>A short, readable id that doubles as the Basic username.</summary>
    public static string NewId() => "sfin-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Constant time, whatever the given value looks like.</summary>
    public static bool Matches(string secret, string expectedHash) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(secret)),
            Encoding.ASCII.GetBytes(expectedHash));
}
