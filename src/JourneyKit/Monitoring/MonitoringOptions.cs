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
}
