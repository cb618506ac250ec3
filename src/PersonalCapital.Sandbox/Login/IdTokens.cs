using System.Buffers.Text;
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
        var header = Encode("""{"alg":"RS256","typ":"JWT"}""");
        var payload = Encode($$"""{"sub":"{{username}}","iss":"sandbox","iat":{{now.ToUnixTimeSeconds()}},"exp":{{(now + Lifetime).ToUnixTimeSeconds()}}}""");
        var token = $"{header}.{payload}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
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

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
