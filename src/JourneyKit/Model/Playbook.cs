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
}
