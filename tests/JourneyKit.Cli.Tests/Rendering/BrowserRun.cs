namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>What a browser run left: its exit code and everything it logged.</summary>
internal sealed record BrowserRun(int ExitCode, string Log)
{
    /// <summary>The console lines of the log: messages, uncaught exceptions, CSP refusals.</summary>
    public IReadOnlyList<string> ConsoleLines => Log.Split('\n')
        .Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)
            || l.Contains("Refused to", StringComparison.Ordinal))
        .ToList();
}
