namespace JourneyKit.Analytics;

/// <summary>One thing that happened: a customer met a touchpoint at an instant.</summary>
/// <param name="CustomerId">Who. Compared ordinally; an empty or <see langword="null"/> id makes the event malformed.</param>
/// <param name="TouchpointId">Where: the id of a touchpoint of the map. An id not in the map is counted as unknown.</param>
/// <param name="Timestamp">When. Only the instant counts: the same instant written with two offsets is the same time.</param>
public readonly record struct JourneyEvent(string CustomerId, string TouchpointId, DateTimeOffset Timestamp)
{
    /// <summary>
    /// Extra values of the event (a segment, a campaign, a country), read by a breakdown
    /// (<see cref="AnalyticsOptions.Breakdown"/> names the key; the dictionary's own comparer matches it,
    /// so build it with <see cref="StringComparer.OrdinalIgnoreCase"/> to match as the CSV header does).
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no properties). A missing key, a <see langword="null"/> or an empty value is the breakdown group <see langword="null"/>.</value>
    /// <remarks>One reference: the event grows from 32 to 40 bytes, and the fold reads it only when a breakdown is asked for.</remarks>
    public IReadOnlyDictionary<string, string?>? Properties { get; init; }

    /// <summary>The breakdown value of the event for <paramref name="key"/>: <see langword="null"/> for a missing key or an empty value.</summary>
    internal string? ValueOf(string key) =>
        Properties is { } properties && properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
