namespace JourneyKit.Cli;

/// <summary>
/// Opens the CSV file a command reads (events for <c>analyze</c>, answers for <c>monitor</c> and <c>tally</c>): a file, a
/// pipe or device such as <c>/dev/stdin</c> or a FIFO (read front to back; it cannot seek, so its size is not known), or
/// <c>-</c> for standard input.
/// </summary>
internal static class CsvFile
{
    /// <summary>Opens <paramref name="path"/> for one sequential read.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="length">The size in bytes, when it is known before reading (a regular file); otherwise <see langword="null"/>.</param>
    /// <returns>The stream, to be disposed by the caller.</returns>
    /// <exception cref="CliException">Thrown, with exit code 2, when the file cannot be opened; the sentence names it.</exception>
    public static Stream Open(string path, out long? length)
    {
        if (path == MapFile.StandardInput)
        {
            length = null;
            return Console.OpenStandardInput();
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            length = stream.CanSeek ? stream.Length : null;
            return stream;
        }
        catch (Exception e) when (CliErrors.IsFileError(e))
        {
            throw CliErrors.CannotRead(path, e);
        }
    }

    /// <summary>Refuses a map and a CSV file that are both <c>-</c>: standard input is one stream, read once.</summary>
    /// <exception cref="CliException">Thrown, with exit code 2, when both are <c>-</c>.</exception>
    public static void RefuseBothFromStandardInput(string mapPath, string csvPath, string what)
    {
        if (mapPath == MapFile.StandardInput && csvPath == MapFile.StandardInput)
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: the map and the {what} cannot both be read from standard input (-); give one of them as a file.");
        }
    }
}
