namespace PersonalCapital.Client.Configuration;

/// <summary>A <c>_FILE</c> secret is misconfigured; the message names keys and paths, never a value.</summary>
public sealed class SecretFileException : InvalidOperationException
{
    public SecretFileException(string message)
        : base(message)
    {
    }

    public SecretFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
