using System.Text.Json;

namespace PersonalCapital.Client.Credentials;

/// <summary>
/// Finds the upstream credentials: the plain <c>Username</c>/<c>Password</c> options when both are set
/// (possibly read from <c>_FILE</c> secrets), otherwise the encrypted credentials file of the original
/// Flask service, <c>{"user": "&lt;encrypted&gt;", "pass": "&lt;encrypted&gt;"}</c>.
/// </summary>
public static class CredentialsLoader
{
    private const string UserField = "user";
    private const string PasswordField = "pass";
    private const string ExpectedShape = "expected {\"user\": \"<encrypted>\", \"pass\": \"<encrypted>\"} made with the encrypt command";

    // Fernet tokens of the Python service start with the version byte 0x80, "gAAAAA" in base64url.
    private const string FernetTokenStart = "gAAAAA";

    /// <exception cref="CredentialException">The credentials are incomplete, missing or cannot be decrypted.</exception>
    public static UpstreamCredentials Load(PersonalCapitalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var hasUsername = !string.IsNullOrEmpty(options.Username);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        if (hasUsername && hasPassword)
        {
            return new UpstreamCredentials(options.Username!, options.Password!);
        }

        if (hasUsername != hasPassword)
        {
            var (set, missing) = hasUsername ? ("Username", "Password") : ("Password", "Username");
            throw new CredentialException(
                $"PersonalCapital__{set} is set but PersonalCapital__{missing} is not; set both, or neither to use the credentials file.");
        }

        return LoadFile(options.CredentialsFile, options.EncryptionKey);
    }

    private static UpstreamCredentials LoadFile(string credentialsFile, string? encryptionKey)
    {
        if (string.IsNullOrWhiteSpace(credentialsFile))
        {
            throw new CredentialException(
                "No credentials configured: set PersonalCapital__Username and PersonalCapital__Password, or PersonalCapital__CredentialsFile.");
        }

        var path = Path.GetFullPath(credentialsFile);
        var document = ReadDocument(path);
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CredentialException($"Credentials file '{path}' is not a JSON object ({ExpectedShape}).");
            }

            var userToken = ReadField(document.RootElement, UserField, path);
            var passwordToken = ReadField(document.RootElement, PasswordField, path);

            if (string.IsNullOrWhiteSpace(encryptionKey))
            {
                throw new CredentialException(
                    $"Credentials file '{path}' is encrypted but no PersonalCapital__EncryptionKey is configured (the key printed by keygen when the file was made).");
            }

            return new UpstreamCredentials(
                DecryptField(userToken, UserField, encryptionKey, path),
                DecryptField(passwordToken, PasswordField, encryptionKey, path));
        }
    }

    private static JsonDocument ReadDocument(string path)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CredentialException(
                $"Credentials file '{path}' does not exist; set PersonalCapital__Username and PersonalCapital__Password, or create the file ({ExpectedShape}).");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CredentialException($"Credentials file '{path}' could not be read: {exception.Message}", exception);
        }

        try
        {
            return JsonDocument.Parse(content);
        }
        catch (JsonException exception)
        {
            // The parser's own message may quote a character of the file, so only its position is repeated.
            throw new CredentialException(
                $"Credentials file '{path}' is not valid JSON (line {exception.LineNumber + 1}); {ExpectedShape}.");
        }
    }

    private static string ReadField(JsonElement root, string field, string path)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            throw new CredentialException($"Credentials file '{path}' has no \"{field}\" field ({ExpectedShape}).");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new CredentialException($"Credentials file '{path}': \"{field}\" is not a non-empty string ({ExpectedShape}).");
        }

        return value.GetString()!;
    }

    private static string DecryptField(string token, string field, string encryptionKey, string path)
    {
        if (token.StartsWith(FernetTokenStart, StringComparison.Ordinal))
        {
            throw new CredentialException(
                $"Credentials file '{path}': \"{field}\" looks like a Fernet token of the original Python service; encrypt the value again with the encrypt command.");
        }

        string plaintext;
        try
        {
            plaintext = CredentialCipher.Decrypt(token, encryptionKey);
        }
        catch (CredentialException exception)
        {
            throw new CredentialException($"Credentials file '{path}': \"{field}\" cannot be used. {exception.Message}", exception);
        }

        if (plaintext.Length == 0)
        {
            throw new CredentialException($"Credentials file '{path}': \"{field}\" decrypts to an empty value.");
        }

        return plaintext;
    }
}
