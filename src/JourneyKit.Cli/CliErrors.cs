using JourneyKit.Rendering;

namespace JourneyKit.Cli;

/// <summary>
/// The exceptions the commands turn into exit codes, and the lines they print, in one place:
/// files that cannot be read or written (exit 2), a <c>--persona</c> the map does not have (exit 2) and maps that cannot be scored (exit 1).
/// Anything else that escapes a command is a bug: <see cref="JourneyKitCli.Run"/> reports it as an internal error (exit 3).
/// Map files have their own, more specific lines (see <see cref="MapFile.Read"/>).
/// </summary>
internal static class CliErrors
{
    /// <summary>The message of <paramref name="e"/> without the " (Parameter 'x')" that <see cref="ArgumentException"/> appends, which means nothing to the user.</summary>
    public static string MessageOf(ArgumentException e)
    {
        var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut >= 0 ? e.Message[..cut] : e.Message;
    }

    /// <summary>Whether <paramref name="e"/> is what the file system throws for a path that cannot be opened, read or written.</summary>
    /// <param name="e">The exception.</param>
    /// <returns><see langword="true"/> for <see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>, <see cref="NotSupportedException"/> and <see cref="ArgumentException"/> (a malformed path).</returns>
    public static bool IsFileError(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException;

    /// <summary>A file that cannot be read: exit 2, "<c>path: cannot read the file: message</c>".</summary>
    /// <param name="path">The file as the user gave it.</param>
    /// <param name="e">What the file system threw.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException CannotRead(string path, Exception e) =>
        new(ExitCodes.Unreadable, $"{path}: cannot read the file: {e.Message}");

    /// <summary>A file that cannot be written: exit 2, "<c>path: cannot write the file: message</c>".</summary>
    /// <param name="path">The file as the user gave it.</param>
    /// <param name="e">What the file system threw.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException CannotWrite(string path, Exception e) =>
        new(ExitCodes.Unreadable, $"{path}: cannot write the file: {e.Message}");

    /// <summary>A valid map the scorer cannot score: exit 1, "<c>path: message</c>" (the message names the JSON path).</summary>
    /// <param name="path">The map file as the user gave it.</param>
    /// <param name="e">What the scorer threw.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException CannotScore(string path, InvalidOperationException e) =>
        new(ExitCodes.Invalid, $"{path}: {e.Message}");

    /// <summary>Two valid maps the comparer cannot compare: exit 1, "<c>before vs after: message</c>" (the message names the JSON path).</summary>
    /// <param name="beforePath">The before map's file as the user gave it.</param>
    /// <param name="afterPath">The after map's file as the user gave it.</param>
    /// <param name="e">What the comparer threw.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException CannotCompare(string beforePath, string afterPath, InvalidOperationException e) =>
        new(ExitCodes.Invalid, $"{beforePath} vs {afterPath}: {e.Message}");

    /// <summary>A <c>--persona</c> that names no persona of the map: exit 2, "<c>path: --persona 'id' is not a persona of the map; known persona ids: a, b.</c>".</summary>
    /// <param name="path">The map file as the user gave it.</param>
    /// <param name="e">What the renderer threw.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException UnknownPersona(string path, UnknownPersonaException e)
    {
        var known = e.KnownPersonaIds.Count == 0 ? "the map has no personas" : "known persona ids: " + string.Join(", ", e.KnownPersonaIds);
        return new(ExitCodes.Unreadable, $"{path}: --persona '{e.PersonaId}' is not a persona of the map; {known}.");
    }
}
