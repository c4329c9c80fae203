namespace JourneyKit.Monitoring;

/// <summary>How answers are folded into periods.</summary>
public sealed class MonitoringOptions
{
    /// <summary>The period length. Default <see cref="MonitoringPeriod.Week"/> (ISO weeks, UTC).</summary>
    public MonitoringPeriod Period { get; set; } = MonitoringPeriod.Week;

    /// <summary>The first instant counted (inclusive). Default <c>null</c>: no lower bound.</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>The first instant no longer counted (exclusive). Default <c>null</c>: no upper bound.</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>When <c>true</c>, the first malformed line or unknown-touchpoint answer of a CSV input is an error naming it. Default <c>false</c>: counted.</summary>
    public bool Strict { get; set; }

    /// <summary>For CSV input: the most bytes a line may hold, its line break included; a longer line is one malformed line (<c>LineTooLong</c>), whatever its length.</summary>
    /// <value>The default value is 4,194,304 (4 MiB). Allowed: 1 to 268,435,456 (256 MiB).</value>
    public int MaxLineBytes { get; set; } = JourneyKit.Csv.CsvBlockSource.DefaultMaxLineBytes;
}
