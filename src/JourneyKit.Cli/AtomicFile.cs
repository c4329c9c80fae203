using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace JourneyKit.Cli;

/// <summary>Writes files whole or not at all.</summary>
/// <remarks>
/// The rules for <c>-o FILE</c> (docs/cli.md, "Files written with -o"):
/// <list type="bullet">
/// <item>a symbolic link is followed to the file it names, which is replaced (the link stays a link);</item>
/// <item>an existing file keeps its permissions (a 0600 file stays 0600);</item>
/// <item>a target that cannot be written (read-only, or in a folder that cannot be written) is refused with one sentence naming it, and nothing changes;</item>
/// <item>a FIFO or a character device (<c>/dev/stdout</c>, <c>/dev/null</c>) is written directly, as a stream (whole or not at all cannot hold for a stream); a directory is refused;</item>
/// <item>the temporary file beside the target is removed when the write fails, and on Ctrl+C or SIGTERM.</item>
/// </list>
/// </remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentDictionary<string, byte> Temporaries = new(StringComparer.Ordinal);
    private static readonly object SignalLock = new();
    private static List<PosixSignalRegistration>? _signals;

    /// <summary>For tests: called with the temporary file's path once it is written, before it is moved into place.</summary>
    internal static Action<string>? AfterTemporaryWritten { get; set; }

    /// <summary>
    /// Writes <paramref name="contents"/> to a temporary file beside <paramref name="path"/> and
    /// moves it into place, so a reader never sees half a file and a failure leaves the old one.
    /// </summary>
    /// <param name="path">The destination.</param>
    /// <param name="contents">The text to write, as UTF-8 without a byte order mark.</param>
    /// <param name="overwrite">Whether to replace an existing file; when <see langword="false"/> an existing file is left as it was and the write fails.</param>
    /// <exception cref="CliException">Thrown, with exit code 2, when the file cannot be written: one sentence naming <paramref name="path"/>.</exception>
    public static void WriteAllText(string path, string contents, bool overwrite = true) =>
        Write(path, writer => writer.Write(contents), overwrite);

    /// <summary>
    /// As <see cref="WriteAllText"/>, with the text written by <paramref name="write"/> to a UTF-8 writer (no byte order mark)
    /// a piece at a time, so that a large document need not be held whole; when <paramref name="write"/> throws, the
    /// temporary file is removed and the old file stays.
    /// </summary>
    /// <param name="path">The destination.</param>
    /// <param name="write">Writes the text; it must not keep the writer.</param>
    /// <param name="overwrite">Whether to replace an existing file; when <see langword="false"/> an existing file is left as it was and the write fails.</param>
    /// <exception cref="CliException">Thrown, with exit code 2, when the file cannot be written: one sentence naming <paramref name="path"/>.</exception>
    public static void Write(string path, Action<TextWriter> write, bool overwrite = true)
    {
        ArgumentNullException.ThrowIfNull(write);

        // What write throws itself (a renderer's refusal, such as an unknown persona, an ArgumentException) is not a file
        // that cannot be written: it leaves unchanged. The writer's own failures (a full disk) are IOExceptions and are.
        Exception? refused = null;
        void Write(TextWriter writer)
        {
            try
            {
                write(writer);
            }
            catch (Exception e) when (e is not IOException)
            {
                refused = e;
                throw;
            }
        }

        string? temp = null;
        try
        {
            // Inside the try: a malformed path (such as -o "") is a file that cannot be written, not a bug.
            var target = Resolve(Path.GetFullPath(path));
            if (Directory.Exists(target))
            {
                throw new CliException(ExitCodes.Unreadable, $"{path}: is a directory; give the name of a file to write.");
            }

            var exists = File.Exists(target);
            if (exists && !overwrite)
            {
                throw new CliException(ExitCodes.Unreadable, $"{path}: the file already exists; pass --force to overwrite it.");
            }

            if (exists && IsStream(path, target))
            {
                WriteToStream(target, Write);
                return;
            }

            UnixFileMode? mode = null;
            if (exists)
            {
                if (!OperatingSystem.IsWindows())
                {
                    mode = File.GetUnixFileMode(target);

                    // A file without any write bit is read-only even to root, who the kernel would let replace it.
                    if ((mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
                    {
                        throw new CliException(ExitCodes.Unreadable, $"{path}: the file is read-only; make it writable or give another file; nothing was written.");
                    }
                }
                else if (File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly))
                {
                    throw new CliException(ExitCodes.Unreadable, $"{path}: the file is read-only; make it writable or give another file; nothing was written.");
                }
            }

            var folder = Path.GetDirectoryName(target) ?? ".";
            if (!Directory.Exists(folder))
            {
                throw new CliException(ExitCodes.Unreadable, $"{path}: cannot write the file: its folder does not exist; nothing was written.");
            }

            temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            EnsureSignalHandlers();
            Temporaries[temp] = 0;
            using (var writer = new StreamWriter(temp, append: false, Utf8NoBom))
            {
                Write(writer);
            }

            if (mode is { } keep && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, keep);
            }

            AfterTemporaryWritten?.Invoke(temp);
            File.Move(temp, target, overwrite);
            Temporaries.TryRemove(temp, out _);
            temp = null;
        }
        catch (Exception e) when (!ReferenceEquals(e, refused) && CliErrors.IsFileError(e))
        {
            throw CannotWrite(path, temp, e);
        }
        finally
        {
            if (temp is not null)
            {
                TryDelete(temp);
                Temporaries.TryRemove(temp, out _);
            }
        }
    }

    /// <summary>Removes every temporary file still being written (the Ctrl+C and SIGTERM handler; tests call it too).</summary>
    internal static void RemoveTemporaryFiles()
    {
        foreach (var temp in Temporaries.Keys)
        {
            TryDelete(temp);
            Temporaries.TryRemove(temp, out _);
        }
    }

    /// <summary>The file a path names, following symbolic links (a dangling link names the file it would create).</summary>
    private static string Resolve(string full)
    {
        // Link by link (as the kernel does, at most 40), so that a dangling link names the file to create.
        var current = full;
        for (var hop = 0; hop < 40 && new FileInfo(current).LinkTarget is { } link; hop++)
        {
            var next = Path.GetFullPath(link, Path.GetDirectoryName(current) ?? "/");

            // A link the kernel resolves by itself, such as /proc/self/fd/1 → "pipe:[123]" when standard output is a pipe,
            // names no path: the link is the thing that exists (and is written as a stream).
            if (!File.Exists(next) && !Directory.Exists(next) && Opens(current))
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// Whether <paramref name="path"/> names something through all its links (<see cref="File.Exists"/> is also true of a
    /// dangling link). Opened for reading and writing, which does not wait for a reader or writer at a FIFO.
    /// </summary>
    private static bool Opens(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>
    /// Whether the existing <paramref name="target"/> is a stream (a FIFO, a pipe, a terminal or another
    /// character device) rather than a regular file; refuses it in one sentence when it cannot be written.
    /// </summary>
    /// <remarks>
    /// .NET does not tell a file's type, but a stream cannot seek. It is opened for reading and writing
    /// without truncating, which changes nothing, does not wait for a reader at a FIFO (Linux), and says
    /// whether we may write.
    /// </remarks>
    private static bool IsStream(string path, string target)
    {
        try
        {
            using var probe = new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return !probe.CanSeek;
        }
        catch (UnauthorizedAccessException)
        {
            try
            {
                // Perhaps writable but not readable (mode 0200): then it is a file we may replace.
                using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                return !probe.CanSeek;
            }
            catch (UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.Unreadable, $"{path}: the file is read-only; make it writable or give another file; nothing was written.");
            }
        }
    }

    private static void WriteToStream(string target, Action<TextWriter> write)
    {
        // A pipe or a terminal is written directly: there is nothing to replace and nothing to move.
        using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        using var writer = new StreamWriter(stream, Utf8NoBom);
        write(writer);
    }

    private static CliException CannotWrite(string path, string? temp, Exception e)
    {
        if (e is CliException cli)
        {
            return cli;
        }

        return e switch
        {
            UnauthorizedAccessException => new(ExitCodes.Unreadable, $"{path}: cannot write the file: permission denied in its folder; nothing was written."),
            DirectoryNotFoundException => new(ExitCodes.Unreadable, $"{path}: cannot write the file: its folder does not exist; nothing was written."),
            _ => new(ExitCodes.Unreadable, $"{path}: cannot write the file: {Without(e.Message, temp, path).TrimEnd('.')}; nothing was written."),
        };
    }

    /// <summary>The framework's message with the temporary file's name replaced by the user's.</summary>
    private static string Without(string message, string? temp, string path) =>
        temp is null ? message : message.Replace(temp, path, StringComparison.Ordinal);

    private static void EnsureSignalHandlers()
    {
        if (OperatingSystem.IsWindows() && !OperatingSystem.IsWindowsVersionAtLeast(6, 1))
        {
            return;
        }

        lock (SignalLock)
        {
            if (_signals is not null)
            {
                return;
            }

            _signals = [];
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
            {
                try
                {
                    // Cancel stays false: after the files are removed, the signal ends the process as usual.
                    _signals.Add(PosixSignalRegistration.Create(signal, _ => RemoveTemporaryFiles()));
                }
                catch (PlatformNotSupportedException)
                {
                    // SIGQUIT is not a signal on Windows; the others still are.
                }
            }
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
