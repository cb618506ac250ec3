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
            : RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var issued = new IssuedCode(username, channel, code);
        lock (_gate)
        {
            _last = issued;
        }
        Issued?.Invoke(issued);
        return code;
    }
}
