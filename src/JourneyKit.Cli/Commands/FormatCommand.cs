using System.CommandLine;
using System.Globalization;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit format &lt;map.json&gt; [-o FILE] [--check]</c>: rewrites a map in the canonical form
/// (two-space indentation, the format's property order, no comments, LF line endings), keeping every
/// property, unknown ones included. It needs only a readable map, not a valid one, so a map can be
/// formatted while its validation errors are being fixed.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliContext context)
    {
        var map = new Argument<string>("map") { Description = "The journey map JSON file to format." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the canonical JSON to this file (whole or not at all; it may be the input file) instead of standard output." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 0 when the file is already canonical, 1 (with one line saying where it first differs) when it is not." };
        var command = new Command("format", "Rewrite a journey map as canonical JSON, keeping every property, unknown ones included.")
        {
            map,
            output,
            check,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(map)!;
            var outputPath = parse.GetValue(output);
            if (parse.GetValue(check) && outputPath is not null)
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit format: --check and --output cannot be used together; --check writes nothing.");
            }

            var canonical = new JourneySerializer().Write(MapFile.Read(path));

            // Never write what the reader would refuse: indentation can take a map near the limit past it.
            var bytes = System.Text.Encoding.UTF8.GetByteCount(canonical);
            if (!parse.GetValue(check) && bytes > MapFile.MaxDocumentBytes)
            {
                throw new CliException(ExitCodes.Invalid, string.Create(CultureInfo.InvariantCulture,
                    $"{path}: the canonical form would be {bytes} bytes, over the {MapFile.MaxDocumentBytes} bytes a map file may hold (16 MiB unless --max-map-bytes says otherwise), so it could not be read back; nothing was written."));
            }

            if (parse.GetValue(check))
            {
                return Check(context, path, canonical);
            }

            if (outputPath is null)
            {
                context.Out.Write(canonical);
            }
            else
            {
                AtomicFile.WriteAllText(outputPath, canonical);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Check(CliContext context, string path, string canonical)
    {
        // MapFile.Read has just read the file, so it exists and is UTF-8; compare it byte for byte.
        var actual = File.ReadAllBytes(path);
        var expected = System.Text.Encoding.UTF8.GetBytes(canonical);
        if (actual.AsSpan().SequenceEqual(expected))
        {
            context.Out.WriteLine($"{path}: canonical");
            return ExitCodes.Success;
        }

        var line = FirstDifferingLine(actual, expected);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path} (line {line}): not in canonical form; run 'journeykit format {path} -o {path}' to rewrite it."));
        return ExitCodes.Invalid;
    }

    private static int FirstDifferingLine(ReadOnlySpan<byte> actual, ReadOnlySpan<byte> expected)
    {
        var common = actual.CommonPrefixLength(expected);
        return actual[..common].Count((byte)'\n') + 1;
    }
}
