using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// The first pass over a document, before System.Text.Json binds it to the model: one forward scan
/// with <see cref="Utf8JsonReader"/> that refuses, with a path and position, everything that is wrong
/// whatever the model says — text that is not UTF-8, malformed JSON, nesting deeper than the limit,
/// over-long strings, a property repeated in an object, numbers beyond the range of a double, a
/// document that is not an object, and a missing or unsupported <c>schemaVersion</c>.
/// </summary>
/// <remarks>
/// Checking these here, rather than translating whatever the serializer throws, gives every such
/// problem the same message wherever it occurs (also inside unknown properties, which the
/// serializer keeps as raw JSON) and stops a hostile document before any model object is built.
/// </remarks>
internal static partial class DocumentScanner
{
    public const string SupportedVersions = "1.x (1.0)";

    public static JsonReaderOptions ReaderOptions(int maxDepth) => new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // One more than the limit, so that this scanner, not the reader, reports the first level too deep.
        MaxDepth = maxDepth + 1,
    };

    public static void Scan(DocumentText document, JourneySerializerOptions limits)
    {
        var json = document.Json;
        CheckUtf8(document);

        var reader = new Utf8JsonReader(json, ReaderOptions(limits.MaxDepth));
        var frames = new List<Frame>();
        var schemaVersionSeen = false;
        var expectSchemaVersion = false;
        try
        {
            if (!reader.Read())
            {
                throw Empty();
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, b) = document.PositionOf(reader.TokenStartIndex);
                throw JourneyFormatException.Create($"expected a journey map, a JSON object starting with '{{', found {Describe(ref reader)}.", JsonPath.Root, line, b);
            }

            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Name = null; // a bad name is reported at its object, not at the property before it
                        var name = NameOf(document, ref reader, frames);
                        var frame = frames[^1];
                        frame.Name = name;
                        CheckLength(document, ref reader, frames, limits, "property name");
                        if (!frame.Names.Add(name))
                        {
                            throw At(document, reader.TokenStartIndex, frames,
                                $"the property '{name}' appears twice in the same object; each property may appear only once.");
                        }

                        expectSchemaVersion = frames.Count == 1 && name == "schemaVersion";
                        schemaVersionSeen |= expectSchemaVersion;
                        continue;

                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        BeginValue(frames);
                        if (frames.Count >= limits.MaxDepth)
                        {
                            throw At(document, reader.TokenStartIndex, frames, string.Create(CultureInfo.InvariantCulture,
                                $"objects and arrays nest more than {limits.MaxDepth} levels deep here, the most this reader accepts (raise JourneySerializerOptions.MaxDepth to accept more)."));
                        }

                        if (expectSchemaVersion)
                        {
                            throw WrongSchemaVersion(document, ref reader, frames);
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;

                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;

                    case JsonTokenType.String:
                        BeginValue(frames);
                        CheckLength(document, ref reader, frames, limits, "string");
                        if (expectSchemaVersion && !SchemaVersionPattern().IsMatch(reader.GetString()!))
                        {
                            throw WrongSchemaVersion(document, ref reader, frames);
                        }

                        break;

                    case JsonTokenType.Number:
                        BeginValue(frames);
                        if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                        {
                            throw At(document, reader.TokenStartIndex, frames,
                                $"the number {Preview(reader.ValueSpan)} is too large; numbers must lie between -1.7976931348623157E+308 and 1.7976931348623157E+308.");
                        }

                        if (expectSchemaVersion)
                        {
                            throw WrongSchemaVersion(document, ref reader, frames);
                        }

                        break;

                    default:
                        BeginValue(frames);
                        if (expectSchemaVersion)
                        {
                            throw WrongSchemaVersion(document, ref reader, frames);
                        }

                        break;
                }

                expectSchemaVersion = false;
            }
            while (reader.Read());
        }
        catch (JsonException e)
        {
            throw Syntax(document, e, frames);
        }

        if (!schemaVersionSeen)
        {
            throw JourneyFormatException.Create(
                $"'schemaVersion' is missing; this version of JourneyKit reads {SupportedVersions}, so a map starts with \"schemaVersion\": \"{JourneyMap.CurrentSchemaVersion}\".",
                JsonPath.Root);
        }
    }

    /// <summary>Describes the token the reader is on, the way messages name what was found.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the string {Preview(reader.ValueSpan, quoted: true)}",
        JsonTokenType.Number => $"the number {Preview(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>At most 40 bytes of a token as written in the document, cut at a character boundary.</summary>
    public static string Preview(ReadOnlySpan<byte> raw, bool quoted = false)
    {
        const int Max = 40;
        var cut = raw.Length <= Max ? raw : raw[..Max];
        while (cut.Length > 0 && cut.Length < raw.Length && (raw[cut.Length] & 0xC0) == 0x80)
        {
            cut = cut[..^1];
        }

        var text = Encoding.UTF8.GetString(cut) + (cut.Length < raw.Length ? "…" : "");
        return quoted ? $"\"{text}\"" : text;
    }

    /// <summary>A property name as text; one holding half of a surrogate pair (<c>"\udc00"</c>) is refused here, not left to crash the reader.</summary>
    private static string NameOf(DocumentText document, ref Utf8JsonReader reader, List<Frame> frames)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw At(document, reader.TokenStartIndex, frames,
                $"the property name {Preview(reader.ValueSpan, quoted: true)} holds half of a surrogate pair (an escape such as \\ud800 without its partner); names and strings may hold only whole Unicode characters.");
        }
    }

    [GeneratedRegex(@"^1\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaVersionPattern();

    private static void BeginValue(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static void CheckUtf8(DocumentText document)
    {
        var json = document.Json;
        if (Utf8.IsValid(json))
        {
            return;
        }

        var index = 0;
        while (index < json.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(json[index..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            index += consumed;
        }

        var (line, b) = document.PositionOf(index);
        throw JourneyFormatException.Create(
            string.Create(CultureInfo.InvariantCulture, $"the document is not UTF-8 text (byte 0x{json[index]:X2} cannot appear here); a journey map is a JSON text file saved as UTF-8."),
            null, line, b);
    }

    private static void CheckLength(DocumentText document, ref Utf8JsonReader reader, List<Frame> frames, JourneySerializerOptions limits, string what)
    {
        if (reader.ValueSpan.Length > limits.MaxStringLength)
        {
            throw At(document, reader.TokenStartIndex, frames, string.Create(CultureInfo.InvariantCulture,
                $"the {what} is {reader.ValueSpan.Length:N0} bytes long; the longest this reader accepts is {limits.MaxStringLength:N0} bytes (raise JourneySerializerOptions.MaxStringLength to accept more)."));
        }
    }

    private static JourneyFormatException WrongSchemaVersion(DocumentText document, ref Utf8JsonReader reader, List<Frame> frames)
    {
        var found = reader.TokenType == JsonTokenType.String
            ? $"is {Preview(reader.ValueSpan, quoted: true)}"
            : $"is {Describe(ref reader)}, not a string";
        return At(document, reader.TokenStartIndex, frames,
            $"'schemaVersion' {found}; this version of JourneyKit reads {SupportedVersions}.");
    }

    private static JourneyFormatException Empty() =>
        JourneyFormatException.Create("the document is empty; a journey map is a JSON object starting with '{'.");

    private static JourneyFormatException At(DocumentText document, long index, List<Frame> frames, string sentence)
    {
        var (line, b) = document.PositionOf(index);
        return JourneyFormatException.Create(sentence, PathOf(frames, 0), line, b);
    }

    private static string PathOf(List<Frame> frames, int extraIndex)
    {
        var path = new StringBuilder(JsonPath.Root);
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (frame.IsArray)
            {
                var index = frame.Index + (i == frames.Count - 1 ? extraIndex : 0);
                if (index >= 0)
                {
                    JsonPath.AppendIndex(path, index);
                }
            }
            else if (frame.Name is { } name)
            {
                JsonPath.AppendName(path, name);
            }
        }

        return path.ToString();
    }

    private static JourneyFormatException Syntax(DocumentText document, JsonException e, List<Frame> frames)
    {
        var raw = e.Message;
        var cut = raw.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var message = (cut >= 0 ? raw[..cut] : raw).Trim();
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return Empty();
        }

        var zeroLine = e.LineNumber ?? 0;
        var zeroByte = e.BytePositionInLine ?? 0;
        var (line, b) = document.FromReader(zeroLine, zeroByte);
        var startsValue = message.Contains("invalid start of a value", StringComparison.Ordinal)
            || message.Contains("JSON literal", StringComparison.Ordinal)
            || message.Contains("number", StringComparison.Ordinal)
            || message.Contains("leading zero", StringComparison.Ordinal)
            || message.Contains("a digit", StringComparison.Ordinal);
        var path = PathOf(frames, startsValue ? 1 : 0);
        var at = document.Json[document.IndexOf(zeroLine, zeroByte)..];
        var found = message.StartsWith('\'') && message.IndexOf("' ", 1, StringComparison.Ordinal) is var end and > 0 ? message[..(end + 1)] : null;

        string sentence;
        if (at.StartsWith("NaN"u8) || at.StartsWith("Infinity"u8) || at.StartsWith("-Infinity"u8))
        {
            sentence = "found NaN or Infinity; the format allows only finite numbers (NaN and Infinity are not JSON).";
        }
        else if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal))
        {
            sentence = "the document ends before every object and array is closed; is the file truncated?";
        }
        else if (message.Contains("end of string, but instead reached end of data", StringComparison.Ordinal))
        {
            sentence = "the document ends inside a string; is a closing quote missing, or the file truncated?";
        }
        else if (message.Contains("reached end of data", StringComparison.Ordinal))
        {
            sentence = "the document ends in the middle of a value; is the file truncated?";
        }
        else if (message.Contains("is invalid after a single JSON value", StringComparison.Ordinal))
        {
            sentence = $"found {found} after the end of the map's object; a document holds exactly one JSON object.";
        }
        else if (message.Contains("is an invalid start of a value", StringComparison.Ordinal))
        {
            sentence = $"found {found} where a value should start; a value is an object, an array, a string in double quotes, a number, true, false or null.";
        }
        else if (message.Contains("is an invalid start of a property name", StringComparison.Ordinal))
        {
            sentence = $"found {found} where a property name should start; property names are strings in double quotes.";
        }
        else if (message.Contains("is invalid after a property name", StringComparison.Ordinal))
        {
            sentence = $"expected ':' after the property name, found {found}.";
        }
        else if (message.Contains("is invalid after a value", StringComparison.Ordinal))
        {
            sentence = $"expected ',' or the end of the object or array after the value, found {found}; is a comma missing?";
        }
        else if (message.Contains("without a matching open", StringComparison.Ordinal))
        {
            sentence = $"found {found} without a matching opening bracket.";
        }
        else if (message.Contains("is an invalid JSON literal", StringComparison.Ordinal)
            && message.IndexOf("Expected the literal '", StringComparison.Ordinal) is var literal and >= 0)
        {
            // System.Text.Json quotes the rest of the text here, line breaks and all (found by MapFuzzProperties).
            var expected = message[(literal + "Expected the literal '".Length)..].Split('\'')[0];
            sentence = $"expected the literal '{expected}' here; true, false and null are written in lower case, without quotes.";
        }
        else
        {
            sentence = $"the document is not valid JSON: {OneLine($"{char.ToLowerInvariant(message[0])}{message[1..].TrimEnd('.')}")}.";
        }

        return JourneyFormatException.Create(sentence, path, line, b, e);
    }

    /// <summary>A message of the JSON reader on one line: control characters escaped, at most 200 characters.</summary>
    private static string OneLine(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, 200));
        foreach (var c in text)
        {
            if (line.Length >= 200)
            {
                line.Append('…');
                break;
            }

            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return line.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public HashSet<string> Names => field ??= new HashSet<string>(StringComparer.Ordinal);
    }
}
