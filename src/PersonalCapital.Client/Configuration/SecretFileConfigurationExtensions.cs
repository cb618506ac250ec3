using Microsoft.Extensions.Configuration;

namespace PersonalCapital.Client.Configuration;

public static class SecretFileConfigurationExtensions
{
    /// <summary>
    /// Lets every setting come from a file (Docker secrets): a key <c>X_FILE</c> of any earlier source names
    /// a file whose content, trailing CR/LF trimmed, becomes the value of <c>X</c>. For example the
    /// environment variable <c>PersonalCapital__Password_FILE=/run/secrets/pc_password</c> sets
    /// <c>PersonalCapital:Password</c>. Add it LAST: only the sources before it are looked at.
    /// Setting both <c>X</c> and <c>X_FILE</c>, or naming a missing or empty file, throws a
    /// <see cref="SecretFileException"/> when the configuration is built.
    /// </summary>
    public static IConfigurationBuilder AddSecretFiles(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new SecretFileConfigurationSource());
    }
}
