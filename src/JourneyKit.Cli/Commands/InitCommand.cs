using System.CommandLine;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit init [--template NAME] [-o FILE] [--force]</c>: writes a complete, valid starter
/// map to standard output or, whole or not at all, to a file that does not exist yet (or, with
/// <c>--force</c>, over one that does).
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var template = new Option<string>("--template", "-t")
        {
            Description = $"The starter map: {string.Join(", ", Templates.Names)}.",
            DefaultValueFactory = _ => Templates.Default,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the map to this file instead of standard output." };
        var force = new Option<bool>("--force") { Description = "Overwrite the output file if it exists." };
        var command = new Command("init", "Write a complete starter journey map to edit.")
        {
            template,
            output,
            force,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(template)!;
            var json = Templates.Find(name)
                ?? throw new CliException(ExitCodes.Unreadable, $"journeykit init: there is no template {Quote(name)}; the templates are: {string.Join(", ", Templates.Names)}.");
            var file = parse.GetValue(output);
            if (file is null)
            {
                context.Out.Write(json);
                return ExitCodes.Success;
            }

            var overwrite = parse.GetValue(force);
            if (!overwrite && (File.Exists(file) || Directory.Exists(file)))
            {
                throw new CliException(ExitCodes.Unreadable, $"{file}: the file already exists; pass --force to overwrite it.");
            }

            AtomicFile.WriteAllText(file, json, overwrite);
            context.Error.WriteLine($"{file}: written from the '{name}' template.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
