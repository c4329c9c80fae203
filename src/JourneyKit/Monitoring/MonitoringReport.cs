using System.Text.Json.Serialization;
using JourneyKit.Model;
using JourneyKit.Playbooks;

namespace JourneyKit.Monitoring;

/// <summary>Which level of the map a series is about; written lowercase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MonitoringScope>))]
public enum MonitoringScope
{
    /// <summary>One touchpoint.</summary>
    [JsonStringEnumMemberName("touchpoint")]
    Touchpoint,

    /// <summary>One stage: its touchpoints' answers pooled.</summary>
    [JsonStringEnumMemberName("stage")]
    Stage,

    /// <summary>The whole journey: every known touchpoint's answers pooled.</summary>
    [JsonStringEnumMemberName("journey")]
    Journey,
}

/// <summary>The direction of a change by the metric's sense (CES: lower is better); written lowercase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MonitoringChangeDirection>))]
public enum MonitoringChangeDirection
{
    /// <summary>The metric moved the good way.</summary>
    [JsonStringEnumMemberName("better")]
    Better,

    /// <summary>The metric moved the bad way.</summary>
    [JsonStringEnumMemberName("worse")]
    Worse,

    /// <summary>|difference| &lt; 1e-9.</summary>
    [JsonStringEnumMemberName("unchanged")]
    Unchanged,
}

/// <summary>The direction of a trend by the metric's sense; written lowercase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MonitoringTrendDirection>))]
public enum MonitoringTrendDirection
{
    /// <summary>The slope goes the good way.</summary>
    [JsonStringEnumMemberName("improving")]
    Improving,

    /// <summary>The slope goes the bad way.</summary>
    [JsonStringEnumMemberName("worsening")]
    Worsening,

    /// <summary>|slope| &lt; 1e-9, or fewer than two points with answers.</summary>
    [JsonStringEnumMemberName("flat")]
    Flat,
}

/// <summary>What an alert warns of; written camelCase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MonitoringAlertKind>))]
public enum MonitoringAlertKind
{
    /// <summary>The series' change is significant (after Holm) and in the worse direction.</summary>
    [JsonStringEnumMemberName("significantWorsening")]
    SignificantWorsening,

    /// <summary>The series' point in the report's last period has 0 &lt; n &lt; 30.</summary>
    [JsonStringEnumMemberName("smallSample")]
    SmallSample,
}

/// <summary>The monitoring report: figures per series and period, changes, trends, alerts and fired plays.</summary>
public sealed record MonitoringReport
{
    /// <summary>The map's id.</summary>
    public required string MapId { get; init; }

    /// <summary>The period length.</summary>
    public required MonitoringPeriod Period { get; init; }

    /// <summary>The well-formed answers in the range, unknown touchpoints included.</summary>
    public required long Answers { get; init; }

    /// <summary>The malformed lines of the input.</summary>
    public required long MalformedLines { get; init; }

    /// <summary>The answers in the range on a touchpoint not in the map.</summary>
    public required long UnknownTouchpointAnswers { get; init; }

    /// <summary>Touchpoints (map order), then stages, then the journey; within each nps, csat, ces.</summary>
    public required IReadOnlyList<MonitoringSeries> Series { get; init; }

    /// <summary>The alerts, in series order.</summary>
    public required IReadOnlyList<MonitoringAlert> Alerts { get; init; }

    /// <summary>The map's plays on nps, csat, ces that fire on the report's last period.</summary>
    public required IReadOnlyList<FiredPlay> FiredPlays { get; init; }

    /// <summary>Value equality, lists compared in order.</summary>
    /// <param name="other">The other report.</param>
    /// <returns>Whether both hold the same figures.</returns>
    public bool Equals(MonitoringReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null && MapId == other.MapId && Period == other.Period && Answers == other.Answers
            && MalformedLines == other.MalformedLines && UnknownTouchpointAnswers == other.UnknownTouchpointAnswers
            && Equality.ListEqual(Series, other.Series) && Equality.ListEqual(Alerts, other.Alerts)
            && Equality.ListEqual(FiredPlays, other.FiredPlays));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MapId, Period, Answers, Equality.ListHash(Series));
}

/// <summary>One (scope, id, metric) over the periods.</summary>
public sealed record MonitoringSeries
{
    /// <summary>Touchpoint, stage or journey.</summary>
    public required MonitoringScope Scope { get; init; }

    /// <summary>The touchpoint's or stage's id; <c>null</c> for the journey.</summary>
    public required string? Id { get; init; }

    /// <summary>The survey.</summary>
    public required SurveyMetric Metric { get; init; }

    /// <summary>Every period from the series' first to the report's last.</summary>
    public required IReadOnlyList<MonitoringPoint> Points { get; init; }

    /// <summary>The last period with answers against the one with answers before it; <c>null</c> with fewer than two.</summary>
    public required MonitoringChange? Change { get; init; }

    /// <summary>The least-squares trend.</summary>
    public required MonitoringTrend Trend { get; init; }

    /// <summary>Value equality, points compared in order.</summary>
    /// <param name="other">The other series.</param>
    /// <returns>Whether both hold the same figures.</returns>
    public bool Equals(MonitoringSeries? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Scope == other.Scope && Id == other.Id && Metric == other.Metric
            && Equality.ListEqual(Points, other.Points) && Change == other.Change && Trend == other.Trend);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scope, Id, Metric, Equality.ListHash(Points), Change, Trend);
}

/// <summary>The figure of one period; <c>value</c>, <c>low</c>, <c>high</c> <c>null</c> and <c>n</c> 0 for a period without answers.</summary>
/// <param name="Start">The period's first day (UTC).</param>
/// <param name="Value">The score (NPS −100..100, CSAT %, CES mean).</param>
/// <param name="Low">The 95 % interval's lower end.</param>
/// <param name="High">The 95 % interval's upper end.</param>
/// <param name="N">The answers.</param>
public sealed record MonitoringPoint(DateOnly Start, double? Value, double? Low, double? High, long N);

/// <summary>The change between the last two periods with answers.</summary>
/// <param name="From">The earlier period's start.</param>
/// <param name="To">The later (last) period's start.</param>
/// <param name="Difference">Value at <paramref name="To"/> minus value at <paramref name="From"/>.</param>
/// <param name="Statistic">The test's z or t; <c>null</c> where no test can be computed.</param>
/// <param name="PValue">The raw two-sided p-value.</param>
/// <param name="AdjustedPValue">The Holm-adjusted p-value across all series' changes.</param>
/// <param name="Significant">AdjustedPValue &lt; 0.05.</param>
/// <param name="Direction">By the metric's sense.</param>
public sealed record MonitoringChange(
    DateOnly From, DateOnly To, double Difference, double? Statistic, double? PValue, double? AdjustedPValue,
    bool Significant, MonitoringChangeDirection Direction);

/// <summary>The least-squares slope of the values over the period index.</summary>
/// <param name="SlopePerPeriod">The slope; <c>null</c> with fewer than two points with answers.</param>
/// <param name="Direction">By the metric's sense.</param>
public sealed record MonitoringTrend(double? SlopePerPeriod, MonitoringTrendDirection Direction);

/// <summary>An alert on one series.</summary>
/// <param name="Scope">The series' scope.</param>
/// <param name="Id">The series' id.</param>
/// <param name="Metric">The series' metric.</param>
/// <param name="Kind">What is wrong.</param>
public sealed record MonitoringAlert(MonitoringScope Scope, string? Id, SurveyMetric Metric, MonitoringAlertKind Kind);
