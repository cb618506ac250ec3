namespace PersonalCapital.Client.Credentials;

/// <summary>The username and password of the upstream account.</summary>
public sealed record UpstreamCredentials(string Username, string Password)
{
    // The compiler-generated ToString of a record prints every member; this one may end up in a log line.
    public override string ToString() => $"UpstreamCredentials {{ Username = {Username}, Password = *** }}";
}
