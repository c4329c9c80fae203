using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Model;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>"mobileApp"</c>), exactly: other spellings
/// (<c>"MobileApp"</c>, <c>"mobileapp"</c>) and numbers are refused, because the format allows only
/// the camelCase names.
/// </summary>
/// <remarks>
/// <see cref="JsonStringEnumConverter{TEnum}"/> is not used because it reads names case-insensitively
/// and a file that passes one tool must not fail a stricter one.
/// </remarks>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <threadsafety>Instances are immutable and safe to share between threads.</threadsafety>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>, ICamelCaseNames
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly string[] Names = [.. Values.Select(static v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];

    private static readonly JsonEncodedText[] EncodedNames = [.. Names.Select(static n => JsonEncodedText.Encode(n))];

    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
    {
    }

    /// <summary>The camelCase names of the enum's values, in declaration order.</summary>
    public static IReadOnlyList<string> Allowed => Names;

    IReadOnlyList<string> ICamelCaseNames.AllowedNames => Names;

    /// <summary>Gets the camelCase name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its name in the format.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="value"/> is not a named value of the enum.</exception>
    public static string GetName(TEnum value) => Names[IndexOf(value)];

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            for (var i = 0; i < EncodedNames.Length; i++)
            {
                if (reader.ValueTextEquals(EncodedNames[i].EncodedUtf8Bytes))
                {
                    return Values[i];
                }
            }
        }

        // The serializer adds the path; JourneySerializer turns this into a sentence listing the names.
        throw new JsonException($"Expected one of {string.Join(", ", Names)}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(EncodedNames[IndexOf(value)]);
    }

    private static int IndexOf(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0
            ? index
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Value should be one of the named values of {typeof(TEnum).Name}.");
    }
}

/// <summary>Lets messages list an enum's names without reflection.</summary>
internal interface ICamelCaseNames
{
    /// <summary>The enum's names, in declaration order.</summary>
    IReadOnlyList<string> AllowedNames { get; }
}
