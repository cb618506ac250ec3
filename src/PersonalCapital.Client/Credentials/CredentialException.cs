namespace PersonalCapital.Client.Credentials;

/// <summary>
/// Credentials or an encrypted value could not be used. The message says what is wrong and where,
/// and by construction never carries a secret, a key or an encrypted token.
/// </summary>
public sealed class CredentialException : Exception
{
    public CredentialException(string message)
        : base(message)
    {
    }

    public CredentialException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
