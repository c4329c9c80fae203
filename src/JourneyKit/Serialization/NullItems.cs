using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// Finds the first <c>null</c> inside a list of the format (<c>"personas": [null]</c>,
/// <c>"goals": ["a", null]</c>). No list of the format allows one, but System.Text.Json reads it into
/// the list, where it would break every consumer of the model; the reader refuses it instead.
/// </summary>
internal static class NullItems
{
    /// <summary>The path of the first null item, or <see langword="null"/> when there is none.</summary>
    public static IReadOnlyList<PathSegment>? Find(object map, JsonSerializerOptions options)
    {
        var path = new List<PathSegment>();
        return Walk(map, options.GetTypeInfo(map.GetType()), options, path) ? path : null;
    }

    private static bool Walk(object value, JsonTypeInfo typeInfo, JsonSerializerOptions options, List<PathSegment> path)
    {
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in typeInfo.Properties)
                {
                    if (property.IsExtensionData || property.Get is null || property.Get(value) is not { } child)
                    {
                        continue;
                    }

                    path.Add(new PathSegment(property.Name, 0));
                    if (Walk(child, options.GetTypeInfo(property.PropertyType), options, path))
                    {
                        return true;
                    }

                    path.RemoveAt(path.Count - 1);
                }

                return false;

            case JsonTypeInfoKind.Enumerable:
                var elementType = options.GetTypeInfo(typeInfo.ElementType!);
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(new PathSegment(null, index));
                    if (item is null || Walk(item, elementType, options, path))
                    {
                        return true;
                    }

                    path.RemoveAt(path.Count - 1);
                    index++;
                }

                return false;

            default:
                // Dictionaries of the format hold numbers, and scalars hold nothing.
                return false;
        }
    }
}
