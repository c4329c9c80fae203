using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Cli;

/// <summary>Reads map files for the commands, turning every failure into one clear line.</summary>
public static class MapFile
{
    private static readonly JourneySerializer Serializer = new();

    /// <summary>
    /// Reads a map file and validates it: the entry point of every command that works on a map.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The map, valid.</returns>
    /// <exception cref="CliException">Thrown with exit code 2 when the file is unreadable, 1 when the map is invalid.</exception>
    public static JourneyMap Load(string path)
    {
        var map = Read(path);
        var report = MapValidation.Validator.Validate(map);
        return report.IsValid
            ? map
            : throw new CliException(ExitCodes.Invalid, [.. report.Errors.Select(error => MapValidation.Line(path, error))]);
    }

    /// <summary>Reads a map file without validating it.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The map.</returns>
    /// <exception cref="CliException">Thrown, with exit code 2, when the file is missing or not a readable map.</exception>
    public static JourneyMap Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: cannot read the file: {e.Message}");
        }

        try
        {
            return Serializer.Read(bytes);
        }
        catch (JourneyFormatException e)
        {
            throw new CliException(ExitCodes.Unreadable, $"{path}: {e.Message}");
        }
    }
}
