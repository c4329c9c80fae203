using System.CommandLine;
using JourneyKit.Csv;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>--max-line-bytes</c> of the commands that read a CSV file (<c>analyze</c>, <c>monitor</c>, <c>tally</c>):
/// the line limit of <see cref="Analytics.AnalyticsOptions.MaxLineBytes"/> and <see cref="Monitoring.MonitoringOptions.MaxLineBytes"/>,
/// a whole number of bytes with an optional <c>KiB</c> or <c>MiB</c>.
/// </summary>
internal static class LineLimitOption
{
    public static Option<string?> Create() => new("--max-line-bytes")
    {
        Description = $"The longest CSV line read, its line break included: bytes, or a number with KiB or MiB (default 4MiB, at most {CsvBlockSource.LargestMaxLineBytes >> 20}MiB). A longer line is one malformed line.",
    };

    /// <summary>The limit typed, or the default when the flag is absent.</summary>
    /// <exception cref="CliException">Thrown with exit code 2 when the text is not a limit in range.</exception>
    public static int Parse(string? text)
    {
        if (text is null)
        {
            return CsvBlockSource.DefaultMaxLineBytes;
        }

        return ByteSize.TryParse(text, CsvBlockSource.LargestMaxLineBytes, out var bytes)
            ? bytes
            : throw new CliException(
                ExitCodes.Unreadable,
                $"--max-line-bytes: '{text}' is not a line limit; give a whole number of bytes from 1 to {CsvBlockSource.LargestMaxLineBytes} ({CsvBlockSource.LargestMaxLineBytes >> 20}MiB), optionally with KiB or MiB, such as 16MiB.");
    }
}
