namespace JourneyKit.Cli;

/// <summary>The exit codes of <c>journeykit</c>, as documented in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>The command did its job; for <c>validate</c>, the map is valid.</summary>
    public const int Success = 0;

    /// <summary>The input was read but is invalid (validation errors, <c>format --check</c> found a difference, <c>analyze --strict</c> met a bad line).</summary>
    public const int Invalid = 1;

    /// <summary>The input could not be read (missing file, malformed JSON, wrong types, over the limits) or the command line is wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>A bug in journeykit: please report it with the command that caused it.</summary>
    public const int InternalError = 3;
}
