namespace PersonalCapitalService.Authentication;

/// <summary>
/// Marks an anonymous endpoint that the HTTPS and throttle guards still cover: it takes a secret of its own (a
/// SimpleFIN setup token) instead of credentials, so plain HTTP and guessing are refused as for any login.
/// </summary>
internal sealed class GuardedAnonymous
{
    public static readonly GuardedAnonymous Instance = new();

    private GuardedAnonymous()
    {
    }
}

internal static class GuardedAnonymousExtensions
{
    public static TBuilder AllowAnonymousBehindGuards<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(GuardedAnonymous.Instance);
}
