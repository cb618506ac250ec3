using Microsoft.AspNetCore.Authorization;

namespace PersonalCapitalService.Authentication;

internal static class AnonymousEndpoints
{
    /// <summary>
    /// True for endpoints anyone may call (the liveness probe): the guards leave them alone. Anonymous endpoints marked
    /// <see cref="GuardedAnonymous"/> stay guarded.
    /// </summary>
    public static bool IsAnonymous(this HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && metadata.GetMetadata<IAllowAnonymous>() is not null
        && metadata.GetMetadata<GuardedAnonymous>() is null;
}
