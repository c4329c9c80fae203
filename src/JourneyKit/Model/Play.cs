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
}
