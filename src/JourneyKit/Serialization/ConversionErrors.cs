using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;


namespace JourneyKit.Serialization;

/// <summary>
/// Turns what System.Text.Json throws while binding a (well-formed, already scanned) document to the
/// model into one sentence in the user's terms. The serializer's own message names a CLR type
/// ("could not be converted to System.Nullable`1[System.Double]") and a position after the value;
/// this follows the exception's path through the model's metadata to learn what the property allows
/// and through the document to learn what was found there, and reports the start of the value.
/// </summary>
internal static class ConversionErrors
{
    public static JourneyFormatException Translate(JsonException error, DocumentText document, JsonSerializerOptions options, int maxDepth)
    {
        // System.Text.Json does not escape the names in its paths: report them in the one JsonPath form.
        var segments = JsonPath.ParseSystemTextJson(error.Path ?? JsonPath.Root);
        var path = segments is null ? error.Path! : JsonPath.Format(segments);
        var target = segments is null ? null : ModelPath.Resolve(options, segments);
        var found = segments is null ? null : Locate(document, segments, maxDepth);

        long? line = null, bytePosition = null;
        if (found is { } f)
        {
            (line, bytePosition) = document.PositionOf(f.Start);
        }
        else if (error.LineNumber is { } l && error.BytePositionInLine is { } b)
        {
            (line, bytePosition) = document.FromReader(l, b);
        }

        string sentence;
        if (target is { } t && found is { } token)
        {
            sentence = token.Type == JsonTokenType.StartObject && t.TypeInfo.Kind == JsonTypeInfoKind.Object
                && MissingRequired(t.TypeInfo, token.PropertyNames) is { Count: > 0 } missing
                    ? MissingSentence(t.TypeInfo, missing)
                    : $"expected {Expectations.Of(options, t)}, found {token.Description}{TooLarge(t, token)}.";
        }
        else
        {
            var message = error.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            message = (cut >= 0 ? message[..cut] : message).Trim();
            sentence = $"{char.ToLowerInvariant(message[0])}{message[1..].TrimEnd('.')}.";
        }

        return JourneyFormatException.Create(sentence, path, line, bytePosition, error);
    }

    /// <summary>Finds the value at a path: its token, where it starts and, for an object, its property names.</summary>
    public static FoundToken? Locate(DocumentText document, IReadOnlyList<PathSegment> segments, int maxDepth)
    {
        var reader = new Utf8JsonReader(document.Json, DocumentScanner.ReaderOptions(maxDepth));
        if (!reader.Read())
        {
            return null;
        }

        foreach (var segment in segments)
        {
            if (!Step(ref reader, segment))
            {
                return null;
            }
        }

        var start = reader.TokenStartIndex;
        var type = reader.TokenType;
        var description = DocumentScanner.Describe(ref reader);
        var names = new List<string>();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                reader.Read();
                reader.Skip();
            }
        }

        return new FoundToken(type, start, description, names);

        static bool Step(ref Utf8JsonReader reader, PathSegment segment)
        {
            if (segment.Name is { } name)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var match = reader.ValueTextEquals(name);
                    reader.Read();
                    if (match)
                    {
                        return true;
                    }

                    reader.Skip();
                }

                return false;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == segment.Index)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
    }

    private static List<string> MissingRequired(JsonTypeInfo type, IReadOnlyList<string> present) =>
        [.. type.Properties.Where(p => p.IsRequired && !present.Contains(p.Name, StringComparer.Ordinal)).Select(static p => p.Name)];

    internal static string MissingSentence(JsonTypeInfo type, List<string> missing)
    {
        var noun = FormatFacts.Nouns.TryGetValue(type.Type, out var n) ? n : "this object";
        var required = type.Properties.Where(static p => p.IsRequired).Select(static p => $"'{p.Name}'").ToList();
        var list = Expectations.JoinAnd(missing.Select(static m => $"'{m}'").ToList());
        return missing.Count == 1
            ? $"the required property {list} is missing; {noun} needs {Expectations.JoinAnd(required)}."
            : $"the required properties {list} are missing; {noun} needs {Expectations.JoinAnd(required)}.";
    }

    private static string TooLarge(ModelTarget target, FoundToken token)
    {
        var type = Nullable.GetUnderlyingType(target.TypeInfo.Type) ?? target.TypeInfo.Type;
        if (token.Type != JsonTokenType.Number || (type != typeof(long) && type != typeof(int)))
        {
            return "";
        }

        var text = token.Description["the number ".Length..];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && Math.Floor(value) == value && (value > (type == typeof(int) ? int.MaxValue : long.MaxValue) || value < (type == typeof(int) ? int.MinValue : long.MinValue))
                ? ", which is too large"
                : "";
    }
}

/// <summary>A value found in the document.</summary>
/// <param name="Type">Its first token.</param>
/// <param name="Start">The offset where it starts.</param>
/// <param name="Description">How messages name it: "the string \"high\"", "an array".</param>
/// <param name="PropertyNames">For an object, the names of its properties.</param>
internal sealed record FoundToken(JsonTokenType Type, long Start, string Description, IReadOnlyList<string> PropertyNames);
