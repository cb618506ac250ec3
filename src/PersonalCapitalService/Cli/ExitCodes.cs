namespace PersonalCapitalService.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The verb ran but did not succeed (login refused, health check failed, no input).</summary>
    public const int Failed = 1;

    /// <summary>The configuration is wrong or incomplete; nothing was attempted.</summary>
    public const int Misconfigured = 2;
}
