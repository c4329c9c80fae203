using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyKit.Serialization;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>"mobileApp"</c>) and refuses numbers,
/// which the format does not allow.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
