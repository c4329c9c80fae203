using JourneyKit.Cli;

return JourneyKitCli.Run(args, Console.Out, Console.Error);
