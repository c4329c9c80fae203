namespace JourneyKit.Cli;

/// <summary>Where a command writes: its output and its diagnostics.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error);
