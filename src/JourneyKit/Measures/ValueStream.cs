using JourneyKit.Model;

namespace JourneyKit.Measures;

/// <summary>The lean value-stream figures of a stage or of the whole journey.</summary>
public sealed record ValueStream
{
    /// <summary>Σ (process + wait) minutes; <see langword="null"/> when no touchpoint in scope states any minutes.</summary>
    public required double? LeadTimeMinutes { get; init; }

    /// <summary>Σ process minutes of the touchpoints marked <c>valueAdding: true</c>; <see langword="null"/> when no touchpoint in scope states any minutes.</summary>
    public required double? ValueAddedMinutes { get; init; }

    /// <summary>Process cycle efficiency, value-added / lead time, 0..1; <see langword="null"/> when the lead time is absent or 0.</summary>
    public required double? ProcessCycleEfficiency { get; init; }

    /// <summary>Rolled complete-and-accurate: the product of the stated <c>completeAccurate</c> shares; <see langword="null"/> when none is stated.</summary>
    public required double? RolledCompleteAccurate { get; init; }

    /// <summary>The touchpoint with the longest wait, the earliest on ties; <see langword="null"/> when no wait is above 0.</summary>
    public required string? BottleneckTouchpointId { get; init; }

    /// <summary>The touchpoints marked <c>valueAdding: false</c>, in journey order.</summary>
    public required IReadOnlyList<string> WasteTouchpointIds { get; init; }

    /// <summary>The number of consecutive touchpoint pairs (journey order, within the scope) whose owners are both stated and differ.</summary>
    public required int Handoffs { get; init; }

    /// <summary>Whether <paramref name="other"/> is a ValueStream with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(ValueStream? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Nullable.Equals(LeadTimeMinutes, other.LeadTimeMinutes)
            && Nullable.Equals(ValueAddedMinutes, other.ValueAddedMinutes)
            && Nullable.Equals(ProcessCycleEfficiency, other.ProcessCycleEfficiency)
            && Nullable.Equals(RolledCompleteAccurate, other.RolledCompleteAccurate)
            && BottleneckTouchpointId == other.BottleneckTouchpointId
            && Equality.ListEqual(WasteTouchpointIds, other.WasteTouchpointIds)
            && Handoffs == other.Handoffs);

    /// <summary>A hash code that agrees with <see cref="Equals(ValueStream)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(LeadTimeMinutes);
        hash.Add(ValueAddedMinutes);
        hash.Add(ProcessCycleEfficiency);
        hash.Add(RolledCompleteAccurate);
        hash.Add(BottleneckTouchpointId);
        hash.Add(Equality.ListHash(WasteTouchpointIds));
        hash.Add(Handoffs);
        return hash.ToHashCode();
    }
}
