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

    /// <summary>
    /// A file that cannot be read: exit 2, "<c>path: cannot read the file: reason</c>", the reason in the user's terms
    /// (<c>there is no such file.</c>, <c>it is a directory; give the path of a file.</c>, <c>permission denied.</c>),
    /// never the file system's own text with its quoted paths.
    /// </summary>
    /// <param name="path">The file as the user gave it.</param>
    /// <param name="e">What the file system threw.</param>
    /// <returns>The exception to throw.</returns>
    public static CliException CannotRead(string path, Exception e) =>
        new(ExitCodes.Unreadable, $"{path}: cannot read the file: {ReadReason(path, e)}");

    /// <summary>
    /// A report over more periods than its limit: "<c>path: the answers span N weeks, from … to …, more than the M periods a
    /// report may cover; remedy (at most L).</c>", in the command's flags rather than the library's option names.
    /// </summary>
    /// <param name="path">The input as the user gave it.</param>
    /// <param name="e">What the library threw.</param>
    /// <param name="subject">What spans the periods: <c>answers</c>, <c>cohorts</c>.</param>
    /// <param name="remedy">What to do, in flags.</param>
    /// <param name="largest">The largest limit the flag takes.</param>
    /// <returns>The sentence.</returns>
    public static string PeriodLimit(string path, Csv.PeriodLimitException e, string subject, string remedy, int largest) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}: the {subject} span {e.Periods:N0} {e.Unit}s, from the {e.Unit} of {e.First:yyyy-MM-dd} to that of {e.Last:yyyy-MM-dd}, more than the {e.MaxPeriods:N0} periods a report may cover; {remedy} (at most {largest:N0}).");

    private static string ReadReason(string path, Exception e) => e switch
    {
        _ when path.Length > 0 && Directory.Exists(path) => "it is a directory; give the path of a file.",
        FileNotFoundException or DirectoryNotFoundException => "there is no such file.",
        UnauthorizedAccessException => "permission denied.",
        ArgumentException or NotSupportedException => "the path is not a valid file name.",
        PathTooLongException => "the path is too long.",
        _ => "the system could not read it (" + WithoutPath(e.Message, path).TrimEnd('.') + ").",
    };

    /// <summary>The file system's message without the quoted path it repeats (the line names the file already).</summary>
    private static string WithoutPath(string message, string path)
    {
        string full;
        try
        {
            full = path.Length > 0 ? Path.GetFullPath(path) : path;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException)
        {
            full = path;
        }

        return message.Replace($" : '{full}'", string.Empty, StringComparison.Ordinal).Replace($" '{full}'", string.Empty, StringComparison.Ordinal)
            .Replace($" : '{path}'", string.Empty, StringComparison.Ordinal).Replace($" '{path}'", string.Empty, StringComparison.Ordinal);
    }

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

    /// <summary>
    /// Names the first malformed lines of a CSV input on standard error when they were counted rather than refused (no
    /// <c>--strict</c>): one <c>warning: file:line: what is wrong: content</c> line each, and, when there are more, one line
    /// saying how many in all. Nothing when no line was malformed.
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="path">The CSV file as the user gave it.</param>
    /// <param name="first">The first malformed lines, in line order.</param>
    /// <param name="total">How many lines were malformed in all.</param>
    public static void WarnMalformed(TextWriter error, string path, IReadOnlyList<JourneyKit.Csv.CsvProblem> first, long total)
    {
        foreach (var problem in first)
        {
            error.WriteLine($"warning: {path}:{problem.LineNumber}: {problem.Message}: {problem.Content}");
        }

        if (total > first.Count)
        {
            error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"warning: {path}: {total:N0} malformed lines in all, the first {first.Count} named above; they are counted, not used (--strict stops at the first)."));
        }
    }
}
