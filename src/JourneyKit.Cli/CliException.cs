namespace JourneyKit.Cli;

/// <summary>
/// Ends a command with an exit code and one sentence for standard error.
/// </summary>
/// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
/// <param name="message">One sentence: where, what is wrong, what is allowed.</param>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code the process ends with.</summary>
    public int ExitCode { get; } = exitCode;
}
