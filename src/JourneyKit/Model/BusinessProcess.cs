using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>A business process that delivers touchpoints and outcomes.</summary>
public sealed record BusinessProcess
{
    /// <summary>The process's identifier, unique among processes.</summary>
    public required string Id { get; init; }

    /// <summary>The process's display name.</summary>
    public required string Name { get; init; }

    /// <summary>The department that runs the process.</summary>
    public string? Department { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
