using System.CommandLine;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit validate &lt;map.json&gt;</c>: reads and checks a map. Exit 0 when valid (warnings
/// allowed), 1 when invalid, 2 when unreadable; every error and warning on standard error, one line each.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var map = new Argument<string>("map") { Description = "The journey map JSON file to check." };
        var command = new Command("validate", "Check a journey map: exit 0 when valid (warnings allowed), 1 when invalid (every error with its JSON path), 2 when unreadable.")
        {
            map,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(map)!;
            var report = MapValidation.Validator.Validate(MapFile.Read(path));
            foreach (var issue in report.Issues)
            {
                context.Error.WriteLine(MapValidation.Line(path, issue));
            }

            if (!report.IsValid)
            {
                return ExitCodes.Invalid;
            }

            context.Out.WriteLine(report.Warnings.Count switch
            {
                0 => $"{path}: valid",
                1 => $"{path}: valid, with 1 warning",
                var n => $"{path}: valid, with {n} warnings",
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
