using System.Security.Cryptography;
using System.Text;

namespace PersonalCapital.Client.Credentials;

/// <summary>
/// AES-256-GCM encryption of secrets (creds.json values, the session file) under a base64 256-bit key.
/// A token is <c>v1:</c> followed by base64(nonce ‖ ciphertext ‖ tag), with a fresh 12-byte nonce each time,
/// so the version prefix lets a later format coexist with files written today.
/// </summary>
public static class CredentialCipher
{
    public const string TokenPrefix = "v1:";

    private const int KeySizeInBytes = 32;
    private const int NonceSizeInBytes = 12;
    private const int TagSizeInBytes = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A new random key, in the form <c>PersonalCapital__EncryptionKey</c> expects.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySizeInBytes));

    /// <summary>Throws a <see cref="CredentialException"/> when <paramref name="base64Key"/> is not a usable key.</summary>
    public static void ValidateKey(string base64Key) => CryptographicOperations.ZeroMemory(DecodeKey(base64Key));

    public static string Encrypt(string plaintext, string base64Key)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return Encrypt(StrictUtf8.GetBytes(plaintext), base64Key);
    }

    public static string Encrypt(byte[] plaintext, string base64Key)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = DecodeKey(base64Key);
        try
        {
            var sealedBox = new byte[NonceSizeInBytes + plaintext.Length + TagSizeInBytes];
            var nonce = sealedBox.AsSpan(0, NonceSizeInBytes);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(key, TagSizeInBytes);
            aes.Encrypt(
                nonce,
                plaintext,
                sealedBox.AsSpan(NonceSizeInBytes, plaintext.Length),
                sealedBox.AsSpan(NonceSizeInBytes + plaintext.Length, TagSizeInBytes));
            return TokenPrefix + Convert.ToBase64String(sealedBox);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public static string Decrypt(string token, string base64Key)
    {
        var plaintext = DecryptBytes(token, base64Key);
        try
        {
            return StrictUtf8.GetString(plaintext);
        }
        catch (DecoderFallbackException)
        {
            // Only reachable for a token made from bytes with the byte[] overload; the bytes themselves stay out.
            throw new CredentialException("The decrypted value is not UTF-8 text.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public static byte[] DecryptBytes(string token, string base64Key)
    {
        var sealedBox = DecodeToken(token);
        var key = DecodeKey(base64Key);
        try
        {
            var plaintext = new byte[sealedBox.Length - NonceSizeInBytes - TagSizeInBytes];
            using var aes = new AesGcm(key, TagSizeInBytes);
            aes.Decrypt(
                sealedBox.AsSpan(0, NonceSizeInBytes),
                sealedBox.AsSpan(NonceSizeInBytes, plaintext.Length),
                sealedBox.AsSpan(NonceSizeInBytes + plaintext.Length, TagSizeInBytes),
                plaintext);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new CredentialException(
                "The encrypted value could not be decrypted: the encryption key is not the one it was encrypted with, or the value was altered.",
                exception);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] DecodeToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        const string expected = "expected \"" + TokenPrefix + "\" followed by base64, as printed by the encrypt command";
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            throw new CredentialException($"The encrypted value is not in a known format ({expected}).");
        }

        byte[] sealedBox;
        try
        {
            sealedBox = Convert.FromBase64String(token[TokenPrefix.Length..]);
        }
        catch (FormatException exception)
        {
            throw new CredentialException($"The encrypted value is not valid base64 ({expected}).", exception);
        }

        if (sealedBox.Length < NonceSizeInBytes + TagSizeInBytes)
        {
            throw new CredentialException($"The encrypted value is too short to be genuine ({expected}).");
        }

        return sealedBox;
    }

    private static byte[] DecodeKey(string base64Key)
    {
        const string expected = "expected 32 random bytes in base64, as printed by the keygen command";
        if (string.IsNullOrWhiteSpace(base64Key))
        {
            throw new CredentialException($"The encryption key is empty ({expected}).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key.Trim());
        }
        catch (FormatException exception)
        {
            throw new CredentialException($"The encryption key is not valid base64 ({expected}).", exception);
        }

        if (key.Length != KeySizeInBytes)
        {
            var length = key.Length;
            CryptographicOperations.ZeroMemory(key);
            throw new CredentialException($"The encryption key is {length} bytes long ({expected}).");
        }

        return key;
    }
}
