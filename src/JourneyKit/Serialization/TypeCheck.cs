using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// The second pass over a well-formed document, before System.Text.Json binds it: one forward walk
/// that follows the model's serialization metadata and finds <em>every</em> value of the wrong type,
/// every enum name that is not one of the format's, every whole number out of range, every null where
/// none may be and every missing required property (up to <see cref="JourneySerializerOptions.MaxErrors"/>),
/// where the serializer would stop at the first. Each problem carries a neutral value of the right
/// type, so that the document can be repaired and read into a partial map whose rule errors a caller
/// can list beside these (<see cref="JourneyFormatException.PartialMap"/>).
/// </summary>
/// <remarks>
/// The rules are System.Text.Json's as the format configures it (strict numbers, exact camelCase enum
/// names, ISO 8601 dates, case-sensitive property names); whatever this walk lets through still goes
/// through the serializer, whose own first error is reported as before.
/// </remarks>
internal static class TypeCheck
{
    private const string LoneSurrogate =
        "the string holds half of a surrogate pair (an escape such as \\ud800 without its partner); names and strings may hold only whole Unicode characters.";

    /// <summary>One value in error.</summary>
    /// <param name="Path">Where.</param>
    /// <param name="Start">The offset of the value (the object, for missing properties) in the document.</param>
    /// <param name="Sentence">What is wrong and what is allowed.</param>
    /// <param name="Repair">The properties to set to make the document readable: the value's own place (name <see langword="null"/>), or the missing properties of an object.</param>
    internal sealed record Problem(PathSegment[] Path, long Start, string Sentence, (string? Name, JsonNode? Value)[] Repair);

    public static List<Problem> Run(ReadOnlySpan<byte> json, JsonSerializerOptions options, int maxDepth, int maxErrors)
    {
        var reader = new Utf8JsonReader(json, DocumentScanner.ReaderOptions(maxDepth));
        var problems = new List<Problem>();
        if (reader.Read())
        {
            var walk = new Walk(options, maxErrors + 1, problems);
            walk.Value(ref reader, new ModelTarget(options.GetTypeInfo(typeof(JourneyMap)), null, IsItem: false), inList: false);
        }

        return problems;
    }

    /// <summary>Sets every problem's place to its neutral value and reads the result; <see langword="null"/> when it still cannot be read.</summary>
    public static JourneyMap? Repair(ReadOnlySpan<byte> json, List<Problem> problems, JsonTypeInfo<JourneyMap> typeInfo, int maxDepth)
    {
        try
        {
            var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = maxDepth + 1,
            });
            foreach (var problem in problems)
            {
                foreach (var (name, value) in problem.Repair)
                {
                    if (name is not null)
                    {
                        if (Navigate(root, problem.Path) is JsonObject target)
                        {
                            target[name] = value?.DeepClone();
                        }
                    }
                    else if (problem.Path.Length > 0 && Navigate(root, problem.Path[..^1]) is { } parent)
                    {
                        var last = problem.Path[^1];
                        if (last.Name is { } member && parent is JsonObject o)
                        {
                            o[member] = value?.DeepClone();
                        }
                        else if (parent is JsonArray a && last.Index < a.Count)
                        {
                            a[last.Index] = value?.DeepClone();
                        }
                    }
                }
            }

            return root?.Deserialize(typeInfo);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return null;
        }
    }

    private static JsonNode? Navigate(JsonNode? node, ReadOnlySpan<PathSegment> path)
    {
        foreach (var segment in path)
        {
            node = segment.Name is { } name
                ? (node as JsonObject)?[name]
                : node is JsonArray array && segment.Index < array.Count ? array[segment.Index] : null;
        }

        return node;
    }

    private sealed class Walk(JsonSerializerOptions options, int limit, List<Problem> problems)
    {
        private readonly List<PathSegment> _path = [];

        private bool Full => problems.Count >= limit;

        public void Value(ref Utf8JsonReader reader, ModelTarget target, bool inList)
        {
            if (Full)
            {
                reader.Skip();
                return;
            }

            var clr = target.TypeInfo.Type;
            var underlying = Nullable.GetUnderlyingType(clr);
            var type = underlying ?? clr;
            if (type == typeof(JsonElement) || type == typeof(object))
            {
                reader.Skip();
                return;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                if (inList)
                {
                    Add(ref reader, target, $"expected {Expectations.Of(options, target)}, found null; a list of the format may not hold null.", Neutral(target.TypeInfo, type));
                }
                else if (clr.IsValueType && underlying is null)
                {
                    Add(ref reader, target, $"expected {Expectations.Of(options, target)}, found null.", Neutral(target.TypeInfo, type));
                }

                return;
            }

            bool ok;
            if (type == typeof(string))
            {
                ok = reader.TokenType == JsonTokenType.String;
                if (ok && reader.ValueIsEscaped && !IsWholeText(ref reader))
                {
                    Add(ref reader, target, LoneSurrogate, Neutral(target.TypeInfo, type));
                    return;
                }
            }
            else if (type == typeof(bool))
            {
                ok = reader.TokenType is JsonTokenType.True or JsonTokenType.False;
            }
            else if (type == typeof(double))
            {
                ok = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d) && double.IsFinite(d);
            }
            else if (type == typeof(long))
            {
                ok = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _);
            }
            else if (type == typeof(int))
            {
                ok = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _);
            }
            else if (type == typeof(DateTimeOffset))
            {
                ok = reader.TokenType == JsonTokenType.String && IsDate(ref reader);
            }
            else if (type.IsEnum)
            {
                ok = reader.TokenType == JsonTokenType.String
                    && options.GetTypeInfo(type).Converter is ICamelCaseNames names
                    && IsOneOf(ref reader, names.AllowedNames);
            }
            else
            {
                switch (target.TypeInfo.Kind)
                {
                    case JsonTypeInfoKind.Object when reader.TokenType == JsonTokenType.StartObject:
                        Object(ref reader, target.TypeInfo);
                        return;
                    case JsonTypeInfoKind.Enumerable when reader.TokenType == JsonTokenType.StartArray:
                        Items(ref reader, target);
                        return;
                    case JsonTypeInfoKind.Dictionary when reader.TokenType == JsonTokenType.StartObject:
                        Entries(ref reader, target);
                        return;
                    default:
                        ok = false;
                        break;
                }
            }

            if (!ok)
            {
                var neutral = !inList && (underlying is not null || (!clr.IsValueType && target.TypeInfo.Kind == JsonTypeInfoKind.None))
                    ? null
                    : Neutral(target.TypeInfo, type);
                Add(ref reader, target, $"expected {Expectations.Of(options, target)}, found {DocumentScanner.Describe(ref reader)}{TooLarge(ref reader, type)}.", neutral);
            }
        }

        private void Object(ref Utf8JsonReader reader, JsonTypeInfo typeInfo)
        {
            var start = reader.TokenStartIndex;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var property = Find(typeInfo, name);
                if (property is null)
                {
                    reader.Skip(); // unknown: kept as extension data, warned by the validator
                    continue;
                }

                seen.Add(name);
                _path.Add(new PathSegment(name, 0));
                Value(ref reader, new ModelTarget(options.GetTypeInfo(property.PropertyType), property, IsItem: false), inList: false);
                _path.RemoveAt(_path.Count - 1);
            }

            var missing = typeInfo.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)).ToList();
            if (missing.Count > 0 && !Full)
            {
                problems.Add(new Problem(
                    [.. _path],
                    start,
                    ConversionErrors.MissingSentence(typeInfo, [.. missing.Select(static p => p.Name)]),
                    [.. missing.Select(p => ((string?)p.Name, Neutral(options.GetTypeInfo(p.PropertyType), Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)))]));
            }
        }

        private void Items(ref Utf8JsonReader reader, ModelTarget target)
        {
            var element = options.GetTypeInfo(target.TypeInfo.ElementType!);
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                _path.Add(new PathSegment(null, index++));
                Value(ref reader, new ModelTarget(element, target.Property, IsItem: true), inList: true);
                _path.RemoveAt(_path.Count - 1);
            }
        }

        private void Entries(ref Utf8JsonReader reader, ModelTarget target)
        {
            var element = options.GetTypeInfo(target.TypeInfo.ElementType!);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                _path.Add(new PathSegment(key, 0));
                Value(ref reader, new ModelTarget(element, target.Property, IsItem: true), inList: false);
                _path.RemoveAt(_path.Count - 1);
            }
        }

        private void Add(ref Utf8JsonReader reader, ModelTarget target, string sentence, JsonNode? neutral)
        {
            problems.Add(new Problem([.. _path], reader.TokenStartIndex, sentence, [(null, neutral)]));
            reader.Skip();
        }

        // GetString throws on an escape of half a surrogate pair (\ud800 alone), which is no character at all.
        private static bool IsWholeText(ref Utf8JsonReader reader)
        {
            try
            {
                _ = reader.GetString();
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        // TryGetDateTimeOffset throws, rather than fail, on half a surrogate pair (found by MapFuzzProperties).
        private static bool IsDate(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.TryGetDateTimeOffset(out _);
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        // ValueTextEquals, not GetString: a string holding half a surrogate pair must not throw here.
        private static bool IsOneOf(ref Utf8JsonReader reader, IReadOnlyList<string> names)
        {
            try
            {
                foreach (var name in names)
                {
                    if (reader.ValueTextEquals(name))
                    {
                        return true;
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // Half a surrogate pair cannot be compared as text; it is no name of the format either.
            }

            return false;
        }

        private static JsonPropertyInfo? Find(JsonTypeInfo typeInfo, string name)
        {
            foreach (var property in typeInfo.Properties)
            {
                if (!property.IsExtensionData && property.Name == name)
                {
                    return property;
                }
            }

            return null;
        }

        private JsonNode? Neutral(JsonTypeInfo typeInfo, Type type)
        {
            if (type == typeof(string))
            {
                return JsonValue.Create("");
            }

            if (type == typeof(bool))
            {
                return JsonValue.Create(false);
            }

            if (type == typeof(double) || type == typeof(long) || type == typeof(int))
            {
                return JsonValue.Create(0);
            }

            if (type == typeof(DateTimeOffset))
            {
                return JsonValue.Create("0001-01-01T00:00:00+00:00");
            }

            if (type.IsEnum)
            {
                return options.GetTypeInfo(type).Converter is ICamelCaseNames names ? JsonValue.Create(names.AllowedNames[0]) : null;
            }

            return typeInfo.Kind == JsonTypeInfoKind.Enumerable ? new JsonArray() : new JsonObject();
        }

        private static string TooLarge(ref Utf8JsonReader reader, Type type)
        {
            if (reader.TokenType != JsonTokenType.Number || (type != typeof(long) && type != typeof(int)) || !reader.TryGetDouble(out var value))
            {
                return "";
            }

            var max = type == typeof(int) ? int.MaxValue : (double)long.MaxValue;
            var min = type == typeof(int) ? int.MinValue : (double)long.MinValue;
            return Math.Floor(value) == value && (value > max || value < min) ? ", which is too large" : "";
        }
    }
}
