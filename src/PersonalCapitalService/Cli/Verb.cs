namespace PersonalCapitalService.Cli;

/// <summary>What the command line asks for (architecture: "Command line of the service").</summary>
internal enum Verb
{
    Serve,
    Login,
    Encrypt,
    Keygen,
    Healthcheck,
    Sync,
    SimpleFinToken,
    SimpleFinCredentials,
}
