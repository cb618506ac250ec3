namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// A test that drives Debian's headless Chromium (<c>/usr/bin/chromium</c>). Skipped, with the reason, on a machine
/// that has only the .NET SDK; but where <c>REQUIRE_CHROMIUM=1</c> (CI installs Chromium and sets it) it always
/// runs, so a missing or broken browser fails the build instead of silently skipping the test.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string RequireVariable = "REQUIRE_CHROMIUM";

    public ChromiumFactAttribute()
    {
        if (!IsRequired && !File.Exists(ExecutablePath))
        {
            Skip = $"Headless Chromium is not installed at {ExecutablePath} (Debian: apt-get install chromium). " +
                $"Set {RequireVariable}=1 to make its absence a failure.";
        }
    }

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
