using PersonalCapital.Client.Login;
using PersonalCapital.Sandbox;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Client.Tests.Support;

/// <summary>
/// The human reading the phone: answers with the code the sandbox issued for the last challenge, as the owner would
/// read it from the SMS, mail, call or app. Records which methods it was asked for.
/// </summary>
internal sealed class SandboxCodeSource(SandboxServer sandbox) : ITwoFactorCodeSource
{
    private readonly List<TwoFactorMethod> _asked = [];

    public IReadOnlyList<TwoFactorMethod> Asked => _asked;

    /// <summary>The code handed to the client last, if any.</summary>
    public IssuedCode? LastGiven { get; private set; }

    public ValueTask<string?> GetCodeAsync(TwoFactorMethod method, CancellationToken cancellationToken)
    {
        _asked.Add(method);
        LastGiven = sandbox.Codes.Last;
        return ValueTask.FromResult(LastGiven?.Code);
    }

    public static ChallengeChannel ChannelOf(TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Sms => ChallengeChannel.Sms,
        TwoFactorMethod.Email => ChallengeChannel.Email,
        TwoFactorMethod.Voice => ChallengeChannel.Voice,
        TwoFactorMethod.Totp => ChallengeChannel.Totp,
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
