using System.Text;
using PersonalCapital.Client.Credentials;

namespace PersonalCapital.Client.Tests.Credentials;

public class CredentialCipherTests
{
    /// <summary>
    /// A token made outside this code (Python's cryptography AESGCM: key 00..1f, nonce 64..6f, no associated data),
    /// so a change of the format, symmetric or not, that would strand every creds.json already written fails here.
    /// </summary>
    [Fact]
    public void A_token_made_elsewhere_with_the_documented_format_decrypts()
    {
        const string key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        const string token = "v1:ZGVmZ2hpamtsbW5vJXq6A1ScJrNOAyybrQoYmW8Br8k6ftoaGYsZBhpU6vG0gmiofA==";

        Assert.Equal("made-up-password-\u00e9\u00f1", CredentialCipher.Decrypt(token, key));
    }

    private const string Plaintext = "correct horse battery staple – ünïcødé";

    [Fact]
    public void Decrypt_returns_what_was_encrypted()
    {
        var key = CredentialCipher.GenerateKey();

        var token = CredentialCipher.Encrypt(Plaintext, key);

        Assert.Equal(Plaintext, CredentialCipher.Decrypt(token, key));
        Assert.DoesNotContain("horse", token);
    }

    [Fact]
    public void Bytes_round_trip_too()
    {
        var key = CredentialCipher.GenerateKey();
        var bytes = new byte[] { 0, 1, 2, 250, 255, 0x80 };

        Assert.Equal(bytes, CredentialCipher.DecryptBytes(CredentialCipher.Encrypt(bytes, key), key));
    }

    [Fact]
    public void Empty_plaintext_round_trips()
    {
        var key = CredentialCipher.GenerateKey();

        Assert.Equal(string.Empty, CredentialCipher.Decrypt(CredentialCipher.Encrypt(string.Empty, key), key));
    }

    [Fact]
    public void Token_is_versioned_and_carries_a_nonce_ciphertext_and_tag()
    {
        var key = CredentialCipher.GenerateKey();

        var token = CredentialCipher.Encrypt(Plaintext, key);

        Assert.StartsWith("v1:", token);
        var body = Convert.FromBase64String(token["v1:".Length..]);
        Assert.Equal(12 + Encoding.UTF8.GetByteCount(Plaintext) + 16, body.Length);
    }

    [Fact]
    public void Every_encryption_uses_a_fresh_nonce()
    {
        var key = CredentialCipher.GenerateKey();

        var first = Convert.FromBase64String(CredentialCipher.Encrypt(Plaintext, key)[3..]);
        var second = Convert.FromBase64String(CredentialCipher.Encrypt(Plaintext, key)[3..]);

        Assert.NotEqual(first.AsSpan(0, 12).ToArray(), second.AsSpan(0, 12).ToArray());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generated_keys_are_32_random_bytes()
    {
        var first = CredentialCipher.GenerateKey();
        var second = CredentialCipher.GenerateKey();

        Assert.Equal(32, Convert.FromBase64String(first).Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_wrong_key_is_refused_without_revealing_anything()
    {
        var key = CredentialCipher.GenerateKey();
        var otherKey = CredentialCipher.GenerateKey();
        var token = CredentialCipher.Encrypt(Plaintext, key);

        var exception = Assert.Throws<CredentialException>(() => CredentialCipher.Decrypt(token, otherKey));

        Assert.Contains("key", exception.Message);
        AssertReveals(exception, nothingOf: [Plaintext, key, otherKey, token]);
    }

    [Theory]
    [InlineData(0)] // nonce
    [InlineData(14)] // ciphertext
    [InlineData(-1)] // tag
    public void A_tampered_token_is_refused(int position)
    {
        var key = CredentialCipher.GenerateKey();
        var token = CredentialCipher.Encrypt(Plaintext, key);
        var body = Convert.FromBase64String(token[3..]);
        body[position < 0 ? body.Length + position : position] ^= 0x01;
        var tampered = "v1:" + Convert.ToBase64String(body);

        var exception = Assert.Throws<CredentialException>(() => CredentialCipher.Decrypt(tampered, key));

        Assert.Contains("altered", exception.Message);
        AssertReveals(exception, nothingOf: [Plaintext, key, tampered]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1:")]
    [InlineData("v1:not*base64!")]
    [InlineData("v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v1:AAAAAAAAAAAAAAAA")] // 12 bytes, shorter than nonce + tag
    public void A_malformed_token_is_refused(string token)
    {
        var key = CredentialCipher.GenerateKey();

        var exception = Assert.Throws<CredentialException>(() => CredentialCipher.Decrypt(token, key));

        AssertReveals(exception, nothingOf: [key, .. Meaningful(token)]);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public void A_key_of_the_wrong_length_is_refused(int length)
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, length).Select(value => (byte)value).ToArray());

        var encrypting = Assert.Throws<CredentialException>(() => CredentialCipher.Encrypt(Plaintext, key));
        var decrypting = Assert.Throws<CredentialException>(() => CredentialCipher.Decrypt("v1:" + new string('A', 40), key));

        Assert.Contains($"{length} bytes", encrypting.Message);
        AssertReveals(encrypting, nothingOf: [key, Plaintext]);
        AssertReveals(decrypting, nothingOf: [key]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("this is not base64 at all!")]
    public void A_key_that_is_not_base64_is_refused(string key)
    {
        var exception = Assert.Throws<CredentialException>(() => CredentialCipher.Encrypt(Plaintext, key));

        Assert.Contains("key", exception.Message);
        AssertReveals(exception, nothingOf: [Plaintext, .. Meaningful(key)]);
    }

    [Fact]
    public void ValidateKey_accepts_a_generated_key_and_refuses_a_short_one()
    {
        CredentialCipher.ValidateKey(CredentialCipher.GenerateKey());

        Assert.Throws<CredentialException>(() => CredentialCipher.ValidateKey(Convert.ToBase64String(new byte[31])));
    }

    // Blank or prefix-only inputs are substrings of any message; there is nothing of them to leak.
    private static string[] Meaningful(string input) => input.Trim().Length > 3 ? [input] : [];

    internal static void AssertReveals(Exception exception, string[] nothingOf)
    {
        var everything = exception.ToString();
        foreach (var secret in nothingOf)
        {
            Assert.DoesNotContain(secret, everything);
        }
    }
}
