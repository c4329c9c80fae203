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

    /// <summary>
    /// The most periods a report may cover, from the earliest series' first period to the report's last (every period
    /// between is a point of each series); answers spanning more are refused when the report is made, as such a report
    /// would take time and memory out of all proportion to the answers (one answer in 2026 and one in 9026 would be
    /// 2.5 million daily points a series).
    /// </summary>
    /// <value>The default value is 10,000 (27 years of days, 192 years of weeks). Allowed: 1 to 1,000,000.</value>
    public int MaxPeriods { get; set; } = DefaultMaxPeriods;

    /// <summary>The default of <see cref="MaxPeriods"/>.</summary>
    public const int DefaultMaxPeriods = JourneyKit.Csv.PeriodLimitException.DefaultMaxPeriods;

    /// <summary>The largest <see cref="MaxPeriods"/> allowed.</summary>
    public const int LargestMaxPeriods = JourneyKit.Csv.PeriodLimitException.LargestMaxPeriods;
}
