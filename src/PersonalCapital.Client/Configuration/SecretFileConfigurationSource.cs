using Microsoft.Extensions.Configuration;

namespace PersonalCapital.Client.Configuration;

/// <summary>See <see cref="SecretFileConfigurationExtensions.AddSecretFiles"/>.</summary>
public sealed class SecretFileConfigurationSource : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // A provider cannot see its siblings, so it gets the sources that come before it and reads them itself.
        var earlierSources = builder.Sources
            .TakeWhile(source => !ReferenceEquals(source, this))
            .Where(source => source is not SecretFileConfigurationSource)
            .ToList();
        return new SecretFileConfigurationProvider(earlierSources, builder.Properties.ToDictionary());
    }
}
