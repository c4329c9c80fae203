using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Cli;

/// <summary>Reads map files for the commands, turning every failure into one clear line.</summary>
public static class MapFile
{
    private static readonly JourneySerializer DefaultSerializer = new();

    /// <summary>The reader of this run of the command line, when <c>--max-map-bytes</c> gave it another size limit.</summary>
    private static readonly AsyncLocal<JourneySerializer?> Limited = new();

    private static JourneySerializer Serializer => Limited.Value ?? DefaultSerializer;

    /// <summary>The largest map file <see cref="Read"/> takes, in bytes: 16 MiB unless <c>--max-map-bytes</c> says otherwise.</summary>
    public static int MaxDocumentBytes => Serializer.MaxDocumentBytes;

    /// <summary>
    /// Makes <see cref="Read"/> take map files of up to <paramref name="bytes"/> bytes in this run of the command line (the
    /// current asynchronous flow, so runs in parallel do not share it) until the result is disposed.
    /// </summary>
    /// <param name="bytes">The limit; <see langword="null"/> for the default of 16 MiB.</param>
    /// <returns>What restores the previous limit.</returns>
    internal static IDisposable WithMaxDocumentBytes(int? bytes)
    {
        var previous = Limited.Value;
        Limited.Value = bytes is { } limit ? new JourneySerializer(new JourneySerializerOptions { MaxDocumentBytes = limit }) : null;
        return new Restore(previous);
    }

    /// <summary>The path that names standard input: <c>-</c> (messages name it as given).</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Reads a map file and validates it: the entry point of every command that works on a map.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The map, valid.</returns>
    /// <exception cref="CliException">Thrown with exit code 2 when the file is unreadable, 1 when the map is invalid.</exception>
    public static JourneyMap Load(string path) => Load(path, MapValidation.Validator, warnings: null);

    /// <summary>
    /// Reads a map file and validates it, writing the map's warnings (one <c>warning: file: path: message</c>
    /// line each) to <paramref name="warnings"/> when the map is valid: what <c>score</c> and <c>render</c> do, so that
    /// a misspelt property is not silently ignored.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="warnings">Where to write the warnings (standard error); <see langword="null"/> to drop them.</param>
    /// <returns>The map, valid.</returns>
    /// <exception cref="CliException">Thrown with exit code 2 when the file is unreadable, 1 when the map is invalid.</exception>
    public static JourneyMap Load(string path, TextWriter? warnings) => Load(path, MapValidation.Validator, warnings);

    /// <summary>
    /// Reads a map file and validates it with <paramref name="validator"/> (one that knows the <c>--calculator</c> keys),
    /// writing the map's warnings to <paramref name="warnings"/> when the map is valid.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="validator">The validator.</param>
    /// <param name="warnings">Where to write the warnings (standard error); <see langword="null"/> to drop them.</param>
    /// <returns>The map, valid.</returns>
    /// <exception cref="CliException">Thrown with exit code 2 when the file is unreadable, 1 when the map is invalid.</exception>
    public static JourneyMap Load(string path, Validation.IJourneyValidator validator, TextWriter? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var map = Read(path);
        var report = validator.Validate(map);
        if (!report.IsValid)
        {
            throw new CliException(ExitCodes.Invalid, [.. report.Errors.Select(error => MapValidation.Line(path, error))]);
        }

        if (warnings is not null)
        {
            foreach (var warning in report.Warnings)
            {
                warnings.WriteLine(MapValidation.Line(path, warning));
            }
        }

        return map;
    }

    /// <summary>
    /// Every error of a map whose values are of the wrong type, in one list: the reader's (each with its
    /// path, line and byte), then the rule errors of the rest of the map, leaving out those at or below
    /// a place the reader refused (they are about the stand-in value, not the file).
    /// </summary>
    private static string[] EveryError(string path, JourneyFormatException e)
    {
        var lines = e.Errors.Select(error => $"{path}: {error.Message}").ToList();
        if (e.PartialMap is { } partial)
        {
            var refused = e.Errors.Select(static error => error.Path).OfType<string>().ToList();
            lines.AddRange(MapValidation.Validator.Validate(partial).Errors
                .Where(issue => !refused.Exists(r => issue.Path == r || issue.Path.StartsWith(r + ".", StringComparison.Ordinal) || issue.Path.StartsWith(r + "[", StringComparison.Ordinal)))
                .Select(issue => MapValidation.Line(path, issue)));
        }

        return [.. lines];
    }

    /// <summary>Reads a map file without validating it.</summary>
    /// <param name="path">The file; <c>-</c> for standard input. A pipe or device such as <c>/dev/stdin</c> is read like a file, held to the same size limit.</param>
    /// <returns>The map.</returns>
    /// <exception cref="CliException">
    /// Thrown, with exit code 2, when the file is missing or not a readable map; the message is one line
    /// (several when values are of the wrong type: each of them, then the rule errors of the rest),
    /// <c>&lt;file&gt;: &lt;sentence&gt;</c>, e.g. <c>map.json: no such file.</c> or
    /// <c>map.json: $.stages[0].kind (line 7, byte 15): expected one of "awareness", …, found the string "Awareness".</c>
    /// </exception>
    public static JourneyMap Read(string path)
    {
        try
        {
            if (path == StandardInput)
            {
                using var stdin = Console.OpenStandardInput();
                return Serializer.Read(stdin);
            }

            return Serializer.ReadFile(path);
        }
        catch (JourneyFormatException e) when (e.Errors.Count > 1 || e.PartialMap is not null)
        {
            throw new CliException(ExitCodes.Unreadable, EveryError(path, e));
        }
        catch (JourneyFormatException e)
        {
            // On the command line the size limit is raised with a flag, not with the library's option.
            throw new CliException(ExitCodes.Unreadable, $"{path}: {e.Message.Replace("raise JourneySerializerOptions.MaxDocumentBytes", "raise it with --max-map-bytes", StringComparison.Ordinal)}");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: no such file.");
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: is a directory, not a map file.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: permission denied; the file cannot be read.");
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException)
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: cannot read the file ({e.Message.TrimEnd('.')}).");
        }
    }

    private sealed class Restore(JourneySerializer? previous) : IDisposable
    {
        public void Dispose() => Limited.Value = previous;
    }
}
