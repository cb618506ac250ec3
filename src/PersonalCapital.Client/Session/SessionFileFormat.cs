using System.Text.Json;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;

namespace PersonalCapital.Client.Session;

/// <summary>Turns a <see cref="SessionSnapshot"/> into the bytes of session.json and back, encrypting when a key is given.</summary>
internal static class SessionFileFormat
{
    public const int CurrentVersion = 1;

    public static byte[] Write(SessionSnapshot snapshot, string? encryptionKey)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(ToDocument(snapshot), SessionFileJsonContext.Default.SessionFileDocument);
        if (encryptionKey is null)
        {
            return plain;
        }

        var envelope = new SessionFileDocument { Version = CurrentVersion, Encrypted = CredentialCipher.Encrypt(plain, encryptionKey) };
        return JsonSerializer.SerializeToUtf8Bytes(envelope, SessionFileJsonContext.Default.SessionFileDocument);
    }

    /// <remarks>
    /// A plain file is accepted even when a key is configured, so turning encryption on keeps the session;
    /// the next save encrypts it.
    /// </remarks>
    /// <exception cref="UnreadableSessionFileException">The bytes are not a session file this version can read.</exception>
    public static SessionSnapshot Read(byte[] content, string? encryptionKey)
    {
        var document = Parse(content);
        if (document.Encrypted is null)
        {
            return ToSnapshot(document);
        }

        if (encryptionKey is null)
        {
            throw new UnreadableSessionFileException("it is encrypted but no encryption key is configured");
        }

        byte[] decrypted;
        try
        {
            decrypted = CredentialCipher.DecryptBytes(document.Encrypted, encryptionKey);
        }
        catch (CredentialException)
        {
            throw new UnreadableSessionFileException("it cannot be decrypted: another encryption key, or the file was altered");
        }

        var inner = Parse(decrypted);
        if (inner.Encrypted is not null)
        {
            throw new UnreadableSessionFileException("the encrypted content is itself encrypted");
        }

        return ToSnapshot(inner);
    }

    private static SessionFileDocument Parse(byte[] content)
    {
        SessionFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(content, SessionFileJsonContext.Default.SessionFileDocument);
        }
        catch (JsonException)
        {
            // The parser's message can quote the file's characters, which may be a cookie value.
            throw new UnreadableSessionFileException("it is not a JSON session document");
        }

        if (document is null)
        {
            throw new UnreadableSessionFileException("it is not a JSON session document");
        }

        if (document.Version != CurrentVersion)
        {
            throw new UnreadableSessionFileException(
                document.Version is { } version ? $"its version {version} is not {CurrentVersion}" : "it has no version");
        }

        return document;
    }

    private static SessionFileDocument ToDocument(SessionSnapshot snapshot) => new()
    {
        Version = CurrentVersion,
        BaseUrl = snapshot.BaseUrl,
        Csrf = snapshot.Csrf,
        SavedAt = snapshot.SavedAt,
        Cookies = snapshot.Cookies
            .Select(cookie => (SessionFileCookie?)new SessionFileCookie
            {
                Name = cookie.Name,
                Value = cookie.Value,
                Domain = cookie.Domain,
                Path = cookie.Path,
                Expires = cookie.Expires,
                Secure = cookie.Secure,
                HttpOnly = cookie.HttpOnly,
                HostOnly = cookie.HostOnly,
            })
            .ToList(),
        Pending = snapshot.Pending is { } pending
            ? new SessionFilePending { Flow = pending.Multiauth ? MultiauthFlow : LegacyFlow, Method = pending.Method?.ToString(), SentAt = pending.SentAt }
            : null,
        CodeRequestsExhaustedUntil = snapshot.Holds.CodeRequestsExhaustedUntil,
        CoolDownUntil = snapshot.Holds.CoolDownUntil,
        CloudflareStrikes = snapshot.Holds.CloudflareStrikes == 0 ? null : snapshot.Holds.CloudflareStrikes,
        Multipart = snapshot.Multipart ? true : null,
    };

    private const string LegacyFlow = "legacy";
    private const string MultiauthFlow = "multiauth";

    private static PendingSignIn? ToPending(SessionFilePending? pending)
    {
        if (pending is null)
        {
            return null;
        }
        if (pending.Flow is not (LegacyFlow or MultiauthFlow))
        {
            throw new UnreadableSessionFileException("its waiting sign-in names no known flow");
        }
        TwoFactorMethod? method = null;
        if (pending.Method is not null)
        {
            if (!Enum.TryParse<TwoFactorMethod>(pending.Method, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                throw new UnreadableSessionFileException("its waiting sign-in names no known second factor");
            }
            method = parsed;
        }
        return new PendingSignIn(pending.Flow == MultiauthFlow, method, method is null ? null : pending.SentAt);
    }

    private static SessionSnapshot ToSnapshot(SessionFileDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.BaseUrl))
        {
            throw new UnreadableSessionFileException("it has no baseUrl");
        }

        if (document.SavedAt is not { } savedAt)
        {
            throw new UnreadableSessionFileException("it has no savedAt");
        }

        if (document.Cookies is null)
        {
            throw new UnreadableSessionFileException("it has no cookies list");
        }

        var cookies = new List<StoredCookie>(document.Cookies.Count);
        for (var index = 0; index < document.Cookies.Count; index++)
        {
            var cookie = document.Cookies[index];
            if (cookie is null || string.IsNullOrEmpty(cookie.Name) || cookie.Value is null || string.IsNullOrEmpty(cookie.Domain))
            {
                throw new UnreadableSessionFileException($"cookie #{index + 1} lacks a name, value or domain");
            }

            cookies.Add(new StoredCookie(
                cookie.Name,
                cookie.Value,
                cookie.Domain,
                string.IsNullOrEmpty(cookie.Path) ? "/" : cookie.Path,
                cookie.Expires,
                cookie.Secure,
                cookie.HttpOnly,
                cookie.HostOnly));
        }

        return new SessionSnapshot(document.BaseUrl, document.Csrf, cookies, savedAt)
        {
            Pending = ToPending(document.Pending),
            Holds = new UpstreamHolds(document.CodeRequestsExhaustedUntil, document.CoolDownUntil, Math.Max(0, document.CloudflareStrikes ?? 0)),
            Multipart = document.Multipart == true,
        };
    }
}
