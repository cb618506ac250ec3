using System.Text.RegularExpressions;

namespace PersonalCapital.Client.Transport;

/// <summary>
/// Finds the bootstrap csrf token in the login page. Tolerant of every format seen since 2016:
/// <c>globals.csrf='…'</c>, <c>window.csrf ='…'</c>, <c>var csrf = '…'</c> (upstream-protocol §3.1).
/// </summary>
internal static partial class CsrfScraper
{
    public static string? Find(string html) =>
        CsrfAssignment().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("""csrf\s*=\s*['"]([0-9a-fA-F-]{8,})['"]""")]
    private static partial Regex CsrfAssignment();
}
