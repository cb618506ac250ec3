using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PersonalCapital.Sandbox.Sessions;

/// <summary>
/// Makes the code each challenge expects and announces it (the console of a standalone sandbox, or whoever embeds
/// it), since no phone receives it.
/// </summary>
public sealed class ChallengeCodes(IOptions<SandboxOptions> options)
{
    private readonly Lock _gate = new();
    private IssuedCode? _last;

    /// <summary>Raised for every code issued.</summary>
    public event Action<IssuedCode>? Issued;

    /// <summary>The most recent code issued, if any.</summary>
    public IssuedCode? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    internal string Issue(string username, ChallengeChannel channel)
    {
        var code = options.Value.TwoFactorCode is { Length: > 0 } fixedCode
            ? fixedCode
            : RandomCode(options.Value.CodeDigits);
        var issued = new IssuedCode(username, channel, code);
        lock (_gate)
        {
            _last = issued;
        }
        Issued?.Invoke(issued);
        return code;
    }

    /// <summary>The code of a challenge that delivered nothing: no digits, so no typed code can ever match it.</summary>
    internal static string Undelivered() => "undelivered-" + Guid.NewGuid().ToString("N");

    private static string RandomCode(int digits)
    {
        var width = Math.Clamp(digits, 4, 8);
        var bound = (int)Math.Pow(10, width);
        return RandomNumberGenerator.GetInt32(0, bound).ToString("D" + width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            System.Globalization.CultureInfo.InvariantCulture);
    }
}
