using PersonalCapitalService.Cli;

// PersonalCapitalService: serve (optionally --sandbox), or run one verb of Cli/VerbTable and exit.
return await CommandLine.Parse(args).RunAsync(Console.Error);
