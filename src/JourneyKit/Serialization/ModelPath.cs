using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// Follows a JSON path through the model's serialization metadata to the type expected there and the
/// property that declares it, so that messages can say what a place in the document allows.
/// </summary>
internal static class ModelPath
{
    /// <summary>The target of a path, or <see langword="null"/> when the path leaves the format (into unknown properties).</summary>
    public static ModelTarget? Resolve(JsonSerializerOptions options, IReadOnlyList<PathSegment> segments)
    {
        var typeInfo = options.GetTypeInfo(typeof(Model.JourneyMap));
        JsonPropertyInfo? property = null;
        var isItem = false;
        foreach (var segment in segments)
        {
            switch (typeInfo.Kind)
            {
                case JsonTypeInfoKind.Object when segment.Name is { } name:
                    property = typeInfo.Properties.FirstOrDefault(p => p.Name == name && !p.IsExtensionData);
                    if (property is null)
                    {
                        return null;
                    }

                    typeInfo = options.GetTypeInfo(property.PropertyType);
                    isItem = false;
                    break;

                case JsonTypeInfoKind.Enumerable when segment.Name is null:
                case JsonTypeInfoKind.Dictionary when segment.Name is not null:
                    typeInfo = options.GetTypeInfo(typeInfo.ElementType!);
                    isItem = true;
                    break;

                default:
                    return null;
            }
        }

        return new ModelTarget(typeInfo, property, isItem);
    }
}

/// <summary>What the format expects at a place in the document.</summary>
/// <param name="TypeInfo">The expected type.</param>
/// <param name="Property">The property that holds the value (or the list or map that holds it), if any.</param>
/// <param name="IsItem">Whether the value is an item of that property's list or map rather than the property itself.</param>
internal sealed record ModelTarget(JsonTypeInfo TypeInfo, JsonPropertyInfo? Property, bool IsItem)
{
    public FieldFacts? Facts => FormatFacts.Find(Property?.DeclaringType, Property?.Name);
}
