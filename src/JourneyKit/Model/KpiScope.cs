using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>Narrows a KPI to a stage, a touchpoint or a persona.</summary>
public sealed record KpiScope
{
    /// <summary>The stage the KPI applies to.</summary>
    public string? StageId { get; init; }

    /// <summary>The touchpoint the KPI applies to.</summary>
    public string? TouchpointId { get; init; }

    /// <summary>The persona the KPI applies to.</summary>
    public string? PersonaId { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
