using System.Text;

namespace JourneyKit.Cli;

/// <summary>Writes files whole or not at all.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="contents"/> to a temporary file beside <paramref name="path"/> and
    /// moves it into place, so a reader never sees half a file and a failure leaves the old one.
    /// </summary>
    /// <param name="path">The destination.</param>
    /// <param name="contents">The text to write, as UTF-8 without a byte order mark.</param>
    /// <param name="overwrite">Whether to replace an existing file; when <see langword="false"/> an existing file is left as it was and the write fails.</param>
    /// <exception cref="CliException">Thrown, with exit code 2, when the file cannot be written.</exception>
    public static void WriteAllText(string path, string contents, bool overwrite = true)
    {
        string? temp = null;
        try
        {
            // Inside the try: a malformed path (such as -o "") is a file that cannot be written, not a bug.
            var full = Path.GetFullPath(path);
            temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temp, contents, Utf8NoBom);
            File.Move(temp, full, overwrite);
        }
        catch (Exception e) when (CliErrors.IsFileError(e))
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }

            throw CliErrors.CannotWrite(path, e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the destination was not touched.
        }
    }
}
