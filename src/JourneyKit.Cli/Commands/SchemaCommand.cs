using System.CommandLine;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit schema [-o FILE]</c>: writes the JSON Schema (draft 2020-12) of the map format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file (whole or not at all) instead of standard output." };
        var command = new Command("schema", "Write the JSON Schema (draft 2020-12) of the journey map format, as in docs/journeykit.schema.json.")
        {
            output,
        };
        command.SetAction(parse =>
        {
            var schema = JourneySchema.Export();
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllText(path, schema);
            }
            else
            {
                context.Out.Write(schema);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
