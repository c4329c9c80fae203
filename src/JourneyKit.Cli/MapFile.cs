using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Cli;

/// <summary>Reads map files for the commands, turning every failure into one clear line.</summary>
public static class MapFile
{
    private static readonly JourneySerializer Serializer = new();

    /// <summary>The path that names standard input: <c>-</c> (messages name it as given).</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Reads a map file and validates it: the entry point of every command that works on a map.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The map, valid.</returns>
    /// <exception cref="CliException">Thrown with exit code 2 when the file is unreadable, 1 when the map is invalid.</exception>
    public static JourneyMap Load(string path) => Load(path, MapValidation.Validator);

    /// <summary>Reads a map file and validates it with <paramref name="validator"/> (one that knows the <c>--calculator</c> keys).</summary>
    /// <param name="path">The file.</param>
    /// <param name="validator">The validator.</param>
    /// <returns>The map, valid.</returns>
    /// <exception cref="CliException">Thrown with exit code 2 when the file is unreadable, 1 when the map is invalid.</exception>
    public static JourneyMap Load(string path, Validation.IJourneyValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var map = Read(path);
        var report = validator.Validate(map);
        return report.IsValid
            ? map
            : throw new CliException(ExitCodes.Invalid, [.. report.Errors.Select(error => MapValidation.Line(path, error))]);
    }

    /// <summary>Reads a map file without validating it.</summary>
    /// <param name="path">The file; <c>-</c> for standard input. A pipe or device such as <c>/dev/stdin</c> is read like a file, held to the same size limit.</param>
    /// <returns>The map.</returns>
    /// <exception cref="CliException">
    /// Thrown, with exit code 2, when the file is missing or not a readable map; the message is one line,
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
        catch (JourneyFormatException e)
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: {e.Message}");
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
}
