using System.Text.Json;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Tests.Session;
using static PersonalCapital.Client.Tests.Credentials.CredentialCipherTests;

namespace PersonalCapital.Client.Tests.Credentials;

public sealed class CredentialsLoaderTests : IDisposable
{
    private const string Username = "made-up-user@example.com";
    private const string Password = "made-up-Passw0rd!";

    private readonly TemporaryDirectory folder = new();
    private readonly string key = CredentialCipher.GenerateKey();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Plain_username_and_password_win_and_the_file_is_not_read()
    {
        var options = new PersonalCapitalOptions
        {
            Username = Username,
            Password = Password,
            CredentialsFile = folder.File("does-not-exist.json"),
        };

        var credentials = CredentialsLoader.Load(options);

        Assert.Equal(new UpstreamCredentials(Username, Password), credentials);
    }

    [Theory]
    [InlineData(Username, null)]
    [InlineData(Username, "")]
    [InlineData(null, Password)]
    public void Only_one_of_username_and_password_is_an_error(string? username, string? password)
    {
        var options = new PersonalCapitalOptions { Username = username, Password = password, CredentialsFile = WriteValidFile() };

        var exception = Assert.Throws<CredentialException>(() => CredentialsLoader.Load(options));

        Assert.Contains("PersonalCapital__Username", exception.Message);
        Assert.Contains("PersonalCapital__Password", exception.Message);
        AssertReveals(exception, nothingOf: [Username, Password]);
    }

    [Fact]
    public void The_encrypted_file_is_decrypted_with_the_key()
    {
        var options = new PersonalCapitalOptions { CredentialsFile = WriteValidFile(), EncryptionKey = key };

        var credentials = CredentialsLoader.Load(options);

        Assert.Equal(Username, credentials.Username);
        Assert.Equal(Password, credentials.Password);
    }

    [Fact]
    public void Empty_plain_values_fall_back_to_the_file()
    {
        var options = new PersonalCapitalOptions { Username = "", Password = "", CredentialsFile = WriteValidFile(), EncryptionKey = key };

        Assert.Equal(Password, CredentialsLoader.Load(options).Password);
    }

    [Fact]
    public void A_missing_file_names_its_path()
    {
        var path = folder.File("creds.json");

        var exception = Load(path, key);

        Assert.Contains(path, exception.Message);
        Assert.Contains("does not exist", exception.Message);
    }

    [Fact]
    public void A_relative_path_is_reported_in_full()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.File("creds.json"));

        var exception = Load(relative, key);

        Assert.Contains(Path.GetFullPath(relative), exception.Message);
    }

    [Theory]
    [InlineData("{\"user\": \"v1:abc\", \"pass\": ")]
    [InlineData("made-up-Passw0rd!")]
    [InlineData("")]
    public void Malformed_json_names_the_file_and_repeats_none_of_it(string content)
    {
        var path = folder.File("creds.json");
        File.WriteAllText(path, content);

        var exception = Load(path, key);

        Assert.Contains(path, exception.Message);
        Assert.Contains("not valid JSON", exception.Message);
        AssertReveals(exception, nothingOf: [Password, key, "v1:abc"]);
    }

    [Fact]
    public void A_json_value_that_is_not_an_object_is_refused()
    {
        var path = folder.File("creds.json");
        File.WriteAllText(path, "[\"made-up\"]");

        var exception = Load(path, key);

        Assert.Contains(path, exception.Message);
        Assert.Contains("not a JSON object", exception.Message);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("pass")]
    public void A_missing_field_is_named(string missing)
    {
        var fields = EncryptedFields();
        fields.Remove(missing);
        var path = WriteFile(fields);

        var exception = Load(path, key);

        Assert.Contains(path, exception.Message);
        Assert.Contains($"no \"{missing}\" field", exception.Message);
        AssertReveals(exception, nothingOf: [Username, Password, key, .. fields.Values.Select(value => value.ToString()!)]);
    }

    [Fact]
    public void A_field_that_is_not_a_string_is_refused()
    {
        var path = folder.File("creds.json");
        File.WriteAllText(path, $"{{\"user\": {JsonSerializer.Serialize(CredentialCipher.Encrypt(Username, key))}, \"pass\": 12345}}");

        var exception = Load(path, key);

        Assert.Contains(path, exception.Message);
        Assert.Contains("\"pass\" is not a non-empty string", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_file_without_a_configured_key_is_an_error(string? missingKey)
    {
        var path = WriteValidFile();

        var exception = Load(path, missingKey);

        Assert.Contains(path, exception.Message);
        Assert.Contains("EncryptionKey", exception.Message);
    }

    [Fact]
    public void A_wrong_key_names_the_file_and_reveals_nothing()
    {
        var path = WriteValidFile();
        var wrongKey = CredentialCipher.GenerateKey();

        var exception = Load(path, wrongKey);

        Assert.Contains(path, exception.Message);
        Assert.Contains("\"user\"", exception.Message);
        AssertReveals(exception, nothingOf: [Username, Password, key, wrongKey, .. EncryptedTokensIn(path)]);
    }

    [Fact]
    public void A_key_of_the_wrong_size_names_the_file_and_reveals_nothing()
    {
        var path = WriteValidFile();
        var shortKey = Convert.ToBase64String(new byte[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 9, 8, 7, 6, 5, 4, 3 });

        var exception = Load(path, shortKey);

        Assert.Contains(path, exception.Message);
        Assert.Contains("16 bytes", exception.Message);
        AssertReveals(exception, nothingOf: [Password, shortKey]);
    }

    [Fact]
    public void A_tampered_password_names_the_field_and_reveals_nothing()
    {
        var fields = EncryptedFields();
        var body = Convert.FromBase64String(((string)fields["pass"])[3..]);
        body[20] ^= 0x40;
        fields["pass"] = "v1:" + Convert.ToBase64String(body);
        var path = WriteFile(fields);

        var exception = Load(path, key);

        Assert.Contains(path, exception.Message);
        Assert.Contains("\"pass\"", exception.Message);
        Assert.Contains("altered", exception.Message);
        AssertReveals(exception, nothingOf: [Username, Password, key, .. EncryptedTokensIn(path)]);
    }

    [Fact]
    public void A_fernet_token_of_the_python_service_gets_a_hint()
    {
        var fields = EncryptedFields();
        fields["user"] = "gAAAAABmadeUpFernetTokenOfThePythonServiceXXXXXXXXXXXXXXXXXXXXXXXX==";
        var path = WriteFile(fields);

        var exception = Load(path, key);

        Assert.Contains("Fernet", exception.Message);
        AssertReveals(exception, nothingOf: [(string)fields["user"]]);
    }

    private CredentialException Load(string credentialsFile, string? encryptionKey) =>
        Assert.Throws<CredentialException>(() => CredentialsLoader.Load(
            new PersonalCapitalOptions { CredentialsFile = credentialsFile, EncryptionKey = encryptionKey }));

    private Dictionary<string, object> EncryptedFields() => new()
    {
        ["user"] = CredentialCipher.Encrypt(Username, key),
        ["pass"] = CredentialCipher.Encrypt(Password, key),
    };

    private string WriteValidFile() => WriteFile(EncryptedFields());

    private string WriteFile(Dictionary<string, object> fields)
    {
        var path = folder.File("creds.json");
        File.WriteAllText(path, JsonSerializer.Serialize(fields));
        return path;
    }

    private static string[] EncryptedTokensIn(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!.Values.ToArray();
}
