using Microsoft.AspNetCore.Authorization;

namespace PersonalCapitalService.Authentication;

internal static class AnonymousEndpoints
{
    /// <summary>True for endpoints anyone may call (the liveness probe): the guards leave them alone.</summary>
    public static bool IsAnonymous(this HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
