using System.CommandLine;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>--max-map-bytes</c>, an option of every command (given before or after the command's name): the largest map
/// file the commands read (<see cref="JourneySerializerOptions.MaxDocumentBytes"/>, 16 MiB by default), a whole number
/// of bytes with an optional <c>KiB</c>, <c>MiB</c> or <c>GiB</c>.
/// </summary>
internal static class MapLimitOption
{
    /// <summary>The largest limit that can be set: the longest array .NET allocates.</summary>
    public static readonly long Largest = Array.MaxLength;

    public static Option<string?> Create() => new("--max-map-bytes")
    {
        Description = $"The largest map file read, in bytes or a number with KiB, MiB or GiB (default 16MiB, at most {Largest} bytes). A larger file is refused with a sentence.",
        Recursive = true,
    };

    /// <summary>The limit typed, or <see langword="null"/> when the flag is absent.</summary>
    /// <exception cref="CliException">Thrown with exit code 2 when the text is not a limit in range.</exception>
    public static int? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return ByteSize.TryParse(text, Largest, out var bytes)
            ? bytes
            : throw new CliException(
                ExitCodes.Unreadable,
                $"--max-map-bytes: '{text}' is not a map size limit; give a whole number of bytes from 1 to {Largest}, optionally with KiB, MiB or GiB, such as 64MiB.");
    }
}
