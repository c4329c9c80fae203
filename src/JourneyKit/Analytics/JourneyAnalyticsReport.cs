using JourneyKit.Model;
using JourneyKit.Playbooks;

namespace JourneyKit.Analytics;

/// <summary>
/// What the events say about a journey: how many customers reached each stage, how many went
/// through the stages in order (the funnel) and how long that took, their most frequent paths,
/// and an honest account of the events that could not be used.
/// </summary>
/// <remarks>
/// The definitions are in docs/analytics.md. Written as JSON by
/// <see cref="AnalyticsReportJson"/> with every property present: an absent figure is
/// <see langword="null"/>, never left out.
/// </remarks>
public sealed record JourneyAnalyticsReport
{
    /// <summary>The id of the map the events were analysed against.</summary>
    public required string MapId { get; init; }

    /// <summary>The well-formed events (CSV lines) read, including those on touchpoints not in the map.</summary>
    public required long Events { get; init; }

    /// <summary>The distinct customers among the events on touchpoints of the map.</summary>
    public required long Customers { get; init; }

    /// <summary>Well-formed events whose touchpoint id is not in the map: counted here and otherwise left out.</summary>
    public required long UnknownTouchpointEvents { get; init; }

    /// <summary>CSV lines (or in-memory events) that could not be read: wrong column count, an empty id, an unreadable time, broken quoting.</summary>
    public required long MalformedLines { get; init; }

    /// <summary>
    /// Among events on touchpoints of the map whose touchpoint states an initiator, the share (0 to 1)
    /// started by the customer; <see langword="null"/> when no such event exists.
    /// </summary>
    public required double? CustomerInitiatedShare { get; init; }

    /// <summary>The conversion window; <see langword="null"/> without one.</summary>
    public required ConversionWindow? Window { get; init; }

    /// <summary>The stages the funnel runs over, in funnel order (every stage in map order by default).</summary>
    public required IReadOnlyList<string> FunnelStageIds { get; init; }

    /// <summary>One entry per stage of the map, in journey order.</summary>
    public required IReadOnlyList<StageAnalytics> Stages { get; init; }

    /// <summary>The time from t₁ to the last funnel step over the customers who reach it; <see langword="null"/> when none does.</summary>
    public required TimeToConvert? SecondsToConvert { get; init; }

    /// <summary>The ten most frequent paths, most frequent first (ties by the ids joined with <c>&gt;</c>, ordinal).</summary>
    public required IReadOnlyList<PathAnalytics> Paths { get; init; }

    /// <summary>The funnel by breakdown group; <see langword="null"/> when no breakdown was asked for.</summary>
    public required BreakdownAnalytics? Breakdown { get; init; }

    /// <summary>Conversion over time; <see langword="null"/> when no cohorts were asked for.</summary>
    public required CohortAnalytics? Cohorts { get; init; }

    /// <summary>The map's plays on <c>conversion</c> and <c>reach</c> that fired on this report's figures, in map order; empty when none.</summary>
    public required IReadOnlyList<FiredPlay> FiredPlays { get; init; }

    /// <summary>Whether <paramref name="other"/> is a JourneyAnalyticsReport with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(JourneyAnalyticsReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && MapId == other.MapId
            && Events == other.Events
            && Customers == other.Customers
            && UnknownTouchpointEvents == other.UnknownTouchpointEvents
            && MalformedLines == other.MalformedLines
            && Nullable.Equals(CustomerInitiatedShare, other.CustomerInitiatedShare)
            && Equals(Window, other.Window)
            && Equality.ListEqual(FunnelStageIds, other.FunnelStageIds)
            && Equality.ListEqual(Stages, other.Stages)
            && Equals(SecondsToConvert, other.SecondsToConvert)
            && Equality.ListEqual(Paths, other.Paths)
            && Equals(Breakdown, other.Breakdown)
            && Equals(Cohorts, other.Cohorts)
            && Equality.ListEqual(FiredPlays, other.FiredPlays));

    /// <summary>A hash code that agrees with <see cref="Equals(JourneyAnalyticsReport)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(MapId);
        hash.Add(Events);
        hash.Add(Customers);
        hash.Add(UnknownTouchpointEvents);
        hash.Add(MalformedLines);
        hash.Add(CustomerInitiatedShare);
        hash.Add(Window);
        hash.Add(Equality.ListHash(FunnelStageIds));
        hash.Add(Equality.ListHash(Stages));
        hash.Add(SecondsToConvert);
        hash.Add(Equality.ListHash(Paths));
        hash.Add(Breakdown);
        hash.Add(Cohorts);
        hash.Add(Equality.ListHash(FiredPlays));
        return hash.ToHashCode();
    }
}
