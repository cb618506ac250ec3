using System.Security.Cryptography;
using System.Text;

namespace PersonalCapitalService.Authentication;

/// <summary>Compares Basic credentials in constant time: hashing first evens out lengths, and both parts are always compared.</summary>
internal static class CredentialCheck
{
    public static bool Matches(string? givenUser, string? givenPassword, string expectedUser, string expectedPassword)
    {
        var userMatches = FixedTimeEquals(givenUser ?? "", expectedUser);
        var passwordMatches = FixedTimeEquals(givenPassword ?? "", expectedPassword);
        return userMatches & passwordMatches;
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
