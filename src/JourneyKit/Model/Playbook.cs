using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A named set of prescriptive rules.</summary>
public sealed record Playbook
{
    /// <summary>The playbook's identifier, unique among playbooks.</summary>
    public required string Id { get; init; }

    /// <summary>The playbook's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The plays of the playbook.</summary>
    public IReadOnlyList<Play> Plays { get => field ?? []; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Whether <paramref name="other"/> is a Playbook with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(Playbook? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Equality.ListEqual(Plays, other.Plays)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(Playbook)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Equality.ListHash(Plays));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
