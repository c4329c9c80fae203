using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>
/// How the map format writes its numbers: exactly as System.Text.Json does, except that negative
/// zero is written <c>0</c> (a map that holds <c>-0</c> is written, and compared, as <c>0</c>).
/// Reading is unchanged, and a NaN or an infinity is refused as System.Text.Json refuses it.
/// </summary>
internal sealed class UnsignedZeroConverter : JsonConverter<double>
{
    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value == 0 ? 0.0 : value);
}
