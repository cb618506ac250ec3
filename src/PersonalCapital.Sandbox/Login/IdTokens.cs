using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PersonalCapital.Sandbox.Login;

/// <summary>
/// The short-lived JWT-shaped tokens the multiauth credential check hands out and authenticateToken redeems
/// (once each). Only their form is a JWT; the signature is random and nobody verifies it but the sandbox.
/// </summary>
internal sealed class IdTokens(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (string Username, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);

    public string Issue(string username)
    {
        var now = time.GetUtcNow();
        var header = Base64Url("""{"alg":"RS256","typ":"JWT"}""");
        var payload = Base64Url($$"""{"sub":"{{username}}","iss":"sandbox","iat":{{now.ToUnixTimeSeconds()}},"exp":{{(now + Lifetime).ToUnixTimeSeconds()}}}""");
        var token = $"{header}.{payload}.{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
        _tokens[token] = (username, now + Lifetime);
        return token;
    }

    /// <summary>The username a token was issued to, when it is known, unexpired and not yet used.</summary>
    public string? Redeem(string? token)
    {
        if (token is null || !_tokens.TryRemove(token, out var entry))
        {
            return null;
        }
        return entry.Expires > time.GetUtcNow() ? entry.Username : null;
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
