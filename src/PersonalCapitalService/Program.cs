using PersonalCapitalService.Cli;
using PersonalCapitalService.Hosting;

// PersonalCapitalService: serve (optionally --sandbox), or run one verb and exit.
var command = CommandLine.Parse(args);
return command.Verb switch
{
    Verb.Keygen => KeygenVerb.Run(Console.Out),
    Verb.Encrypt => EncryptVerb.Run(command.HostArgs, Console.In, Console.Out, Console.Error),
    Verb.Login => await LoginVerb.RunAsync(command, Console.In, Console.Out, Console.Error),
    Verb.Healthcheck => await HealthcheckVerb.RunAsync(command.Arguments, Console.Error),
    Verb.Sync => await SyncVerb.RunAsync(command, Console.Out, Console.Error),
    Verb.SimpleFinToken => await SimpleFinTokenVerb.RunAsync(command.HostArgs, Console.Out, Console.Error),
    Verb.SimpleFinCredentials => await SimpleFinCredentialsVerb.RunAsync(command, Console.Out, Console.Error),
    _ => await ServeCommand.RunAsync(command),
};
