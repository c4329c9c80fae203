using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>
/// A customer journey map: who the customers are (<see cref="Personas"/>), the ordered
/// <see cref="Stages"/> they pass through with their touchpoints, the outcomes they value,
/// the processes and KPIs behind them, and what the business plans to do about it.
/// </summary>
/// <remarks>
/// Instances are immutable: "changing" a map makes a new one with a <c>with</c> expression.
/// A map is built in code with object initializers or read from the JSON format v1 with
/// <c>JourneySerializer</c> (serialization namespace).
/// </remarks>
/// <threadsafety>Instances are safe to share between threads as long as <see cref="ExtensionData"/> is not mutated.</threadsafety>
public sealed record JourneyMap
{
    /// <summary>The version of the JSON format the map is written in.</summary>
    /// <value>The default value is <c>"1.0"</c>.</value>
    public string SchemaVersion { get => field ?? CurrentSchemaVersion; init; }

    /// <summary>The map's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The map's display name.</summary>
    public required string Name { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the map describes the current journey or a planned one.</summary>
    /// <value>The default value is <see cref="MapState.Current"/>.</value>
    [JsonIgnore]
    public MapState State { get => StateValue ?? MapState.Current; init => StateValue = value; }

    [JsonInclude]
    [JsonPropertyName("state")]
    internal MapState? StateValue { get; init; }

    /// <summary>For a future-state map, the id of the current-state map it improves.</summary>
    public string? BaseMapId { get; init; }

    /// <summary>The customer segments the map is drawn for.</summary>
    public IReadOnlyList<Persona> Personas { get => field ?? []; init; }

    /// <summary>The ordered stages of the journey.</summary>
    public IReadOnlyList<Stage> Stages { get => field ?? []; init; }

    /// <summary>The outcomes customers value.</summary>
    public IReadOnlyList<Outcome> Outcomes { get => field ?? []; init; }

    /// <summary>The business processes that deliver the touchpoints and outcomes.</summary>
    public IReadOnlyList<BusinessProcess> Processes { get => field ?? []; init; }

    /// <summary>The key performance indicators measured along the journey.</summary>
    public IReadOnlyList<Kpi> Kpis { get => field ?? []; init; }

    /// <summary>Improvement opportunities, prioritised with RICE.</summary>
    public IReadOnlyList<Opportunity> Opportunities { get => field ?? []; init; }

    /// <summary>Competitors and their scores per stage.</summary>
    public IReadOnlyList<Competitor> Competitors { get => field ?? []; init; }

    /// <summary>Prescriptive rules that fire on the scored map.</summary>
    public IReadOnlyList<Playbook> Playbooks { get => field ?? []; init; }

    /// <summary>Properties the format does not define, kept so that reading and writing a map loses nothing.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The version of the JSON format this library writes: <c>"1.0"</c>.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Whether <paramref name="other"/> is a JourneyMap with the same values: compares every property; lists element by element and in order, unknown properties by name and JSON value, an empty set equal to none.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(JourneyMap? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && SchemaVersion == other.SchemaVersion
            && Id == other.Id
            && Name == other.Name
            && Description == other.Description
            && StateValue == other.StateValue
            && BaseMapId == other.BaseMapId
            && Equality.ListEqual(Personas, other.Personas)
            && Equality.ListEqual(Stages, other.Stages)
            && Equality.ListEqual(Outcomes, other.Outcomes)
            && Equality.ListEqual(Processes, other.Processes)
            && Equality.ListEqual(Kpis, other.Kpis)
            && Equality.ListEqual(Opportunities, other.Opportunities)
            && Equality.ListEqual(Competitors, other.Competitors)
            && Equality.ListEqual(Playbooks, other.Playbooks)
            && Equality.ExtensionEqual(ExtensionData, other.ExtensionData));

    /// <summary>A hash code that agrees with <see cref="Equals(JourneyMap)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemaVersion);
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Description);
        hash.Add(StateValue);
        hash.Add(BaseMapId);
        hash.Add(Equality.ListHash(Personas));
        hash.Add(Equality.ListHash(Stages));
        hash.Add(Equality.ListHash(Outcomes));
        hash.Add(Equality.ListHash(Processes));
        hash.Add(Equality.ListHash(Kpis));
        hash.Add(Equality.ListHash(Opportunities));
        hash.Add(Equality.ListHash(Competitors));
        hash.Add(Equality.ListHash(Playbooks));
        hash.Add(Equality.ExtensionHash(ExtensionData));
        return hash.ToHashCode();
    }
}
