using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A rule: when a measure crosses a line at a place in the journey, who does what.</summary>
public sealed record Play
{
    /// <summary>The play's identifier, unique within its playbook.</summary>
    public required string Id { get; init; }

    /// <summary>The condition under which the play fires.</summary>
    public required PlayCondition When { get; init; }

    /// <summary>What to do.</summary>
    public required string Action { get; init; }

    /// <summary>Who does it.</summary>
    public string? Owner { get; init; }

    /// <summary>Lower numbers come first among fired plays; plays without a priority come last.</summary>
    public int? Priority { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a Play with the same values: compares every property; unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Play? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && When == other.When
            && Action == other.Action
            && Owner == other.Owner
            && Priority == other.Priority
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Play)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(When);
        hash.Add(Action);
        hash.Add(Owner);
        hash.Add(Priority);
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
