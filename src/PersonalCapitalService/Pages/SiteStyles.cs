namespace PersonalCapitalService.Pages;

/// <summary>The shared stylesheet, embedded in the assembly and inlined into every page (one request, nothing to serve or cache).</summary>
internal static class SiteStyles
{
    public static string Css { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(SiteStyles).Assembly.GetManifestResourceStream("PersonalCapitalService.Pages.site.css")
            ?? throw new InvalidOperationException("The embedded stylesheet Pages/site.css is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
