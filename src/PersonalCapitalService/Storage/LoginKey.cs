using System.Security.Cryptography;
using System.Text;
using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Session;

namespace PersonalCapitalService.Storage;

/// <summary>
/// The name stored rows carry for their login: a hash of upstream and user name, so the database never holds the
/// e-mail address, and another login (or the sandbox) in the same database never mixes with this one.
/// </summary>
internal static class LoginKey
{
    public static string For(PersonalCapitalOptions options)
    {
        var username = CredentialsLoader.Load(options).Username;
        var text = SessionSnapshot.NormalizeBaseUrl(options.BaseUrl) + "\n" + username.Trim().ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
