using System.CommandLine;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit validate &lt;map.json&gt;</c>: reads and checks a map.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var map = new Argument<string>("map") { Description = "The journey map JSON file to check." };
        var command = new Command("validate", "Check a journey map: exit 0 when valid, 1 when invalid (every error with its JSON path), 2 when unreadable.")
        {
            map,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(map)!;
            MapFile.Read(path);
            context.Out.WriteLine($"{path}: valid");
            return ExitCodes.Success;
        });
        return command;
    }
}
