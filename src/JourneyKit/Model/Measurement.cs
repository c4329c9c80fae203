using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>One measured value of a KPI.</summary>
public sealed record Measurement
{
    /// <summary>When the value was measured.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The measured value.</summary>
    public required double Value { get; init; }

    /// <summary>Properties the format does not define, kept on read and written back.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
