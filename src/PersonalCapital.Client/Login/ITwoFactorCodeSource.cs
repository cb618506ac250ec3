namespace PersonalCapital.Client.Login;

/// <summary>
/// Supplies the one-time code of a second factor once the challenge was sent: the console prompt, the
/// <c>login</c> verb's stdin, a web form. Returning null gives up.
/// </summary>
public interface ITwoFactorCodeSource
{
    ValueTask<string?> GetCodeAsync(TwoFactorMethod method, CancellationToken cancellationToken);
}
