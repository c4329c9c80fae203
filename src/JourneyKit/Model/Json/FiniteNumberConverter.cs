using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>
/// How the reports write their numbers: exactly as System.Text.Json does, except that negative
/// zero is written <c>0</c> and a NaN or an infinity is refused with
/// <see cref="InvalidOperationException"/> naming the value (a report never holds one: the
/// format's limits keep every figure finite, see docs/reliability.md). Reading is unchanged.
/// </summary>
internal sealed class FiniteNumberConverter : JsonConverter<double>
{
    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException(
                $"A report figure is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a report holds only finite numbers, so it cannot be written as JSON.");
        }

        writer.WriteNumberValue(value == 0 ? 0.0 : value);
    }
}
