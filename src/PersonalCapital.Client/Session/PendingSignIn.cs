using PersonalCapital.Client.Login;

namespace PersonalCapital.Client.Session;

/// <summary>
/// A sign-in that stopped at the second factor, kept with the session so that another process can finish it
/// (<c>login --send</c> in one <c>docker exec</c>, <c>login --code</c> in the next). The upstream's half of it lives in
/// the session cookies saved alongside.
/// </summary>
/// <param name="Multiauth">Started by the multiauth flow (§3.6), whose code goes to the "Freemium" endpoints.</param>
/// <param name="Method">How the code was sent; null while none was asked for.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record PendingSignIn(bool Multiauth, TwoFactorMethod? Method, DateTimeOffset? SentAt);
