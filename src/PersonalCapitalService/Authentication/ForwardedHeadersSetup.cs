using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PersonalCapitalService.Authentication;

/// <summary>
/// Behind a TLS reverse proxy the service sees plain HTTP from the proxy. X-Forwarded-For/-Proto are believed only
/// from loopback and the proxies listed in <c>ForwardedHeaders__KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders__KnownNetworks</c> (CIDR), so HTTPS and the client's address come through and nobody else can
/// claim them.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string SectionName = "ForwardedHeaders";

    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{SectionName}__KnownProxies: '{proxy}' is not an IP address."));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{SectionName}__KnownNetworks: '{network}' is not a CIDR network."));
            }
        });
        return builder;
    }
}
