using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// Reads and writes journey maps in the JSON format v1.
/// </summary>
/// <threadsafety>Instances are stateless and safe to use from several threads at once.</threadsafety>
public sealed class JourneySerializer
{
    private readonly JsonSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    public JourneySerializer()
    {
        _options = new JsonSerializerOptions(JourneyJsonContext.Default.Options)
        {
            TypeInfoResolver = JourneyJsonContext.Default.WithAddedModifier(static typeInfo =>
            {
                // Missing names and ids are validation errors with a path, not read failures.
                foreach (var property in typeInfo.Properties)
                {
                    if (!property.PropertyType.IsValueType)
                    {
                        property.IsRequired = false;
                    }
                }
            }),
        };
        _options.MakeReadOnly();
    }

    private JsonTypeInfo<JourneyMap> MapTypeInfo => (JsonTypeInfo<JourneyMap>)_options.GetTypeInfo(typeof(JourneyMap));

    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a readable map.</exception>
    public JourneyMap Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a map from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a readable map.</exception>
    public JourneyMap Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, MapTypeInfo)
                ?? throw new JourneyFormatException("The document is 'null'; a journey map is a JSON object.", "$");
        }
        catch (JsonException e)
        {
            throw new JourneyFormatException(e.Message, e.Path, e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }
    }

    /// <summary>Writes a map as indented JSON text.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    public string Write(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return JsonSerializer.Serialize(map, MapTypeInfo) + "\n";
    }
}
