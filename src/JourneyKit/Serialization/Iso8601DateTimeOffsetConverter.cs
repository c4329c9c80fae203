using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Serialization;

/// <summary>
/// Reads a date and time in ISO 8601 form as System.Text.Json does, and writes it in the shortest
/// such form: fractional seconds only when there are some, and <c>Z</c> for UTC
/// (<c>"2026-01-31T00:00:00Z"</c>, as the format's examples write it, not <c>"…+00:00"</c>).
/// </summary>
internal sealed class Iso8601DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw new JsonException("Expected a date and time in ISO 8601 form.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text);
    }
}
