namespace JourneyKit.Analytics;

/// <summary>One thing that happened: a customer met a touchpoint at an instant.</summary>
/// <param name="CustomerId">Who. Compared ordinally; an empty or <see langword="null"/> id makes the event malformed.</param>
/// <param name="TouchpointId">Where: the id of a touchpoint of the map. An id not in the map is counted as unknown.</param>
/// <param name="Timestamp">When. Only the instant counts: the same instant written with two offsets is the same time.</param>
public readonly record struct JourneyEvent(string CustomerId, string TouchpointId, DateTimeOffset Timestamp);
