using System.Text;
using Microsoft.Extensions.Configuration;

namespace PersonalCapital.Client.Configuration;

/// <summary>Reads the files named by the <c>_FILE</c> keys of the sources before it.</summary>
internal sealed class SecretFileConfigurationProvider(
    IReadOnlyList<IConfigurationSource> earlierSources,
    IReadOnlyDictionary<string, object> builderProperties)
    : ConfigurationProvider
{
    public const string Suffix = "_FILE";

    public override void Load()
    {
        var secrets = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var earlier = BuildEarlierConfiguration();
        try
        {
            foreach (var (fileKey, filePath) in earlier.AsEnumerable())
            {
                if (!fileKey.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(filePath))
                {
                    continue;
                }

                // Only section keys (Section__Key_FILE): a machine's own variables such as TF_CLI_CONFIG_FILE are not ours.
                var key = fileKey[..^Suffix.Length];
                if (!key.Contains(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)
                    || key.EndsWith(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(earlier[key]))
                {
                    throw new SecretFileException($"Both '{Named(key)}' and '{Named(fileKey)}' are set; set only one of them.");
                }

                secrets[key] = ReadSecret(fileKey, filePath);
            }
        }
        finally
        {
            (earlier as IDisposable)?.Dispose();
        }

        Data = secrets;
    }

    private IConfigurationRoot BuildEarlierConfiguration()
    {
        var builder = new ConfigurationBuilder();
        foreach (var (name, value) in builderProperties)
        {
            builder.Properties[name] = value;
        }

        foreach (var source in earlierSources)
        {
            builder.Add(source);
        }

        return builder.Build();
    }

    private static string ReadSecret(string fileKey, string filePath)
    {
        var path = Path.GetFullPath(filePath);
        string content;
        try
        {
            content = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SecretFileException($"'{Named(fileKey)}' names the file '{path}', which does not exist.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SecretFileException($"'{Named(fileKey)}' names the file '{path}', which cannot be read: {exception.Message}", exception);
        }

        // Editors and `echo` end files with a newline that is not part of the secret.
        var secret = content.TrimEnd('\r', '\n');
        if (secret.Length == 0)
        {
            throw new SecretFileException($"'{Named(fileKey)}' names the file '{path}', which is empty.");
        }

        return secret;
    }

    /// <summary>A key as the README and environment variables spell it: <c>BasicAuth__Password_FILE</c>.</summary>
    private static string Named(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
