namespace JourneyKit.Cli;

/// <summary>
/// Ends a command with an exit code and what to tell the user on standard error: one clear line
/// per problem.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception with one line.</summary>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="message">One sentence: where, what is wrong, what is allowed.</param>
    public CliException(int exitCode, string message)
        : this(exitCode, [message])
    {
    }

    /// <summary>Creates the exception with several lines, one per problem (e.g. every validation error of a map).</summary>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="lines">One line per problem, each a sentence: where, what is wrong, what is allowed.</param>
    public CliException(int exitCode, IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines ?? throw new ArgumentNullException(nameof(lines))))
    {
        ExitCode = exitCode;
        Lines = lines;
    }

    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; }

    /// <summary>The lines for standard error, one per problem.</summary>
    public IReadOnlyList<string> Lines { get; }
}
