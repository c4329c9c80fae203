using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace JourneyKit.Tests.Helpers;

/// <summary>
/// The fuzzer of issue 15 item 6: FsCheck generators that mutate the shipped examples
/// (<c>docs/examples</c>) the ways real uploads go wrong. <see cref="Bytes"/> breaks anything (byte
/// flips, truncation at every kind of position, splices of two files, deep nesting, extreme and
/// negative-zero numbers, lone surrogates, invalid UTF-8, byte order marks); <see cref="Json"/> keeps
/// the JSON well formed and the types right (numbers swapped for extreme ones, strings for hostile
/// ones, list items repeated or dropped, unknown properties nested deep), so that nearly every case
/// reaches the validator, the scorer, the renderers and the comparer.
/// </summary>
internal static class Mutations
{
    /// <summary>How many cases each fuzz target runs: <c>JOURNEYKIT_FUZZ_CASES</c> (CI sets 10,000), else 500.</summary>
    public static int Cases(int local = 500) =>
        int.TryParse(Environment.GetEnvironmentVariable("JOURNEYKIT_FUZZ_CASES"), out var n) && n > 0 ? n : local;

    /// <summary>The numbers a mutation puts in place of another: beyond a double, −0, subnormal, past a long.</summary>
    public static readonly string[] Numbers =
    [
        "-0", "-0.0", "-0e0", "0e-400", "1e309", "-1e309", "1e308", "-1.7976931348623157e308", "4.9e-324", "1e-400",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "9007199254740993", "123456789012345678901234567890", "1.5", "-1", "0", "3", "7", "100", "1e15", "1e16",
    ];

    /// <summary>Strings a mutation puts inside a JSON string, escaped as JSON: lone surrogates, controls, long runs.</summary>
    public static readonly string[] StringParts =
    [
        "\\ud800", "\\udfff", "\\udc00\\ud800", "\\u0000", "\\u001b[31m", "\\ufeff", "\\ufffe", "\\\"", "\\\\", "\\n\\r\\t",
        "<script>alert(1)</script>", "%%{init: {}}%%", "=cmd|' /C calc'!A0", "\u00e9\u4e2d\ud83d\ude00",
    ];

    // Half a surrogate pair in a string value makes the reader refuse the document (a type error), so the
    // type-preserving mutations leave those to Bytes.
    private static readonly string[] WholeCharacterParts = [.. StringParts.Where(static p => !p.Contains("\\ud", StringComparison.Ordinal))];

    private static readonly byte[][] BadBytes =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80], [0x00], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF],
    ];

    /// <summary>A mutation of raw bytes: its name (for the failure message) and the mutated document.</summary>
    public static Gen<(string How, byte[] Bytes)> Bytes(IReadOnlyList<byte[]> examples) =>
        from i in Gen.Choose(0, examples.Count - 1)
        from j in Gen.Choose(0, examples.Count - 1)
        from kind in Gen.Choose(0, 9)
        from a in Gen.Choose(0, int.MaxValue)
        from b in Gen.Choose(0, int.MaxValue)
        from c in Gen.Choose(0, int.MaxValue)
        select Mutate(examples[i], examples[j], kind, a, b, c);

    /// <summary>A mutation that keeps the JSON well formed: what was done and the document.</summary>
    public static Gen<(string How, byte[] Bytes)> Json(IReadOnlyList<byte[]> examples) =>
        from i in Gen.Choose(0, examples.Count - 1)
        from count in Gen.Choose(1, 6)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), 2 * count)
        select MutateJson(examples[i], [.. Enumerable.Range(0, count).Select(k => (seeds[2 * k], seeds[2 * k + 1]))]);

    private static (string, byte[]) Mutate(byte[] doc, byte[] other, int kind, int a, int b, int c)
    {
        var at = doc.Length == 0 ? 0 : a % (doc.Length + 1);
        switch (kind)
        {
            case 0: // flip one to three bits
                var flipped = (byte[])doc.Clone();
                for (var k = 0; k <= c % 3 && flipped.Length > 0; k++)
                {
                    var p = (a + k * 7919) % flipped.Length;
                    flipped[p] ^= (byte)(1 << ((b + k) % 8));
                }

                return ($"flip at {at}", flipped);
            case 1: // truncate: anywhere, or just after a structural character, a quote or a digit
                var cut = TruncationPoint(doc, a, b);
                return ($"truncate at {cut}", doc[..cut]);
            case 2: // splice a piece of another example in
                var from = other.Length == 0 ? 0 : b % other.Length;
                var length = Math.Min(other.Length - from, 1 + (c % 2000));
                return ($"splice {length} bytes at {at}", [.. doc[..at], .. other.AsSpan(from, length), .. doc[at..]]);
            case 3: // deep nesting inside an unknown property
                var depth = 1 + (c % 3000);
                var nest = Encoding.UTF8.GetBytes("\"deep\": " + Nest(depth, b % 2 == 0) + ",");
                var brace = Array.IndexOf(doc, (byte)'{', at) is var x and >= 0 ? x + 1 : 1;
                return ($"nest {depth} at {brace}", [.. doc[..Math.Min(brace, doc.Length)], .. nest, .. doc[Math.Min(brace, doc.Length)..]]);
            case 4: // replace a number with an extreme one
                return ReplaceToken(doc, at, IsNumberStart, Encoding.UTF8.GetBytes(Numbers[b % Numbers.Length]), "number");
            case 5: // a lone surrogate or other hostile escape inside a string
                var quote = Array.IndexOf(doc, (byte)'"', at) is var q and >= 0 ? q + 1 : doc.Length;
                var part = Encoding.UTF8.GetBytes(StringParts[b % StringParts.Length]);
                return ($"escape {StringParts[b % StringParts.Length]} at {quote}", [.. doc[..quote], .. part, .. doc[quote..]]);
            case 6: // invalid UTF-8 (or a BOM) anywhere
                var bad = BadBytes[b % BadBytes.Length];
                return ($"bytes {Convert.ToHexString(bad)} at {at}", [.. doc[..at], .. bad, .. doc[at..]]);
            case 7: // byte order marks at the start: UTF-8 once or twice, UTF-16
                byte[] bom = (b % 4) switch { 0 => [0xEF, 0xBB, 0xBF], 1 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], 2 => [0xFF, 0xFE], _ => [0xFE, 0xFF] };
                return ($"bom {Convert.ToHexString(bom)}", [.. bom, .. doc]);
            case 8: // delete or repeat a range
                var end = Math.Min(doc.Length, at + 1 + (c % 500));
                return b % 2 == 0
                    ? ($"delete {at}..{end}", [.. doc[..at], .. doc[end..]])
                    : ($"repeat {at}..{end}", [.. doc[..end], .. doc[at..end], .. doc[end..]]);
            default: // the whole document as UTF-16, or only whitespace, or nothing
                return (b % 3) switch
                {
                    0 => ("utf-16", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(doc))),
                    1 => ("whitespace", Encoding.UTF8.GetBytes(new string(' ', c % 100) + "\n\t\r")),
                    _ => ("empty", []),
                };
        }
    }

    private static string Nest(int depth, bool arrays) =>
        arrays ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private static int TruncationPoint(byte[] doc, int a, int b)
    {
        if (doc.Length == 0)
        {
            return 0;
        }

        // Every position class: after each kind of token boundary, chosen by b.
        ReadOnlySpan<byte> classes = "{[:,\"0e.-\\ntu"u8;
        var wanted = classes[b % classes.Length];
        var start = a % doc.Length;
        var found = Array.IndexOf(doc, wanted, start);
        return found < 0 ? start : found + 1;
    }

    private static bool IsNumberStart(byte[] doc, int i) =>
        (doc[i] is (byte)'-' || (doc[i] >= (byte)'0' && doc[i] <= (byte)'9')) && i > 0 && doc[i - 1] is (byte)' ' or (byte)':' or (byte)'[' or (byte)',';

    private static (string, byte[]) ReplaceToken(byte[] doc, int at, Func<byte[], int, bool> isStart, byte[] replacement, string what)
    {
        for (var k = 0; k < doc.Length; k++)
        {
            var i = (at + k) % doc.Length;
            if (isStart(doc, i))
            {
                var end = i + 1;
                while (end < doc.Length && (char.IsAsciiDigit((char)doc[end]) || doc[end] is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-'))
                {
                    end++;
                }

                return ($"{what} {Encoding.UTF8.GetString(replacement)} at {i}", [.. doc[..i], .. replacement, .. doc[end..]]);
            }
        }

        return ("no number", doc);
    }

    private static (string, byte[]) MutateJson(byte[] doc, IReadOnlyList<(int, int)> edits)
    {
        var root = JsonNode.Parse(doc, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var values = new List<JsonNode>();
        Collect(root, values);
        var how = new StringBuilder();
        var raw = new List<(string Marker, string Escaped)>();
        foreach (var (a, b) in edits)
        {
            var node = values[a % values.Count];
            how.Append(node.GetPath()).Append(' ');
            switch (node)
            {
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                    // A whole number may be a count or a priority (long, int): keep it a whole number an int holds.
                    var whole = v.ToJsonString().All(static ch => ch is '-' || char.IsAsciiDigit(ch));
                    var number = whole ? WholeNumbers[b % WholeNumbers.Length] : Numbers[b % Numbers.Length];
                    Replace(node, JsonNode.Parse(double.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? number : "1e308"));
                    how.Append("number ").Append(number).Append("; ");
                    break;
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String && !Typed(v):
                    // Written as raw JSON escapes in the end (a lone surrogate cannot pass through a JsonNode and back).
                    var text = System.Text.Json.JsonSerializer.Serialize(v.GetValue<string>())[1..^1];
                    var part = WholeCharacterParts[b % WholeCharacterParts.Length];
                    var marker = $"@@fuzz{raw.Count}@@";
                    raw.Add((marker, (b / 7 % 3) switch { 0 => part + text, 1 => text + part, _ => string.Concat(Enumerable.Repeat(part, 1 + b % 50)) }));
                    Replace(node, JsonValue.Create(marker));
                    how.Append("string ").Append(part).Append("; ");
                    break;
                case JsonArray array when array.Count > 0:
                    if (b % 2 == 0)
                    {
                        array.Add(array[b % array.Count]!.DeepClone());
                        how.Append("repeat item; ");
                    }
                    else
                    {
                        array.RemoveAt(b % array.Count);
                        how.Append("drop item; ");
                    }

                    break;
                case JsonObject obj when !(obj.Parent is JsonObject && obj.GetPropertyName() is "emotionsByPersona" or "stageScores"):
                    JsonNode nested = JsonValue.Create(1);
                    for (var k = 0; k < b % 40; k++)
                    {
                        nested = new JsonObject { ["x"] = nested };
                    }

                    obj["unknown" + (b % 5)] = nested;
                    how.Append("unknown property; ");
                    break;
                default:
                    break;
            }
        }

        var json = new StringBuilder(root.ToJsonString());
        foreach (var (marker, escaped) in raw)
        {
            json.Replace($"\"{marker}\"", $"\"{escaped}\"");
        }

        return (how.ToString(), Encoding.UTF8.GetBytes(json.ToString()));
    }

    // Strings whose text is typed (enum names, dates, the version): changing them is a type error, which Bytes covers.
    private static readonly HashSet<string> TypedStrings = ["schemaVersion", "state", "kind", "channel", "initiator", "category", "direction", "status", "adoption", "metric", "op", "at"];

    private static bool Typed(JsonValue value) => value.Parent switch
    {
        JsonObject => TypedStrings.Contains(value.GetPropertyName()),
        JsonArray list => list.Parent is JsonObject && list.GetPropertyName() == "preferredChannels",
        _ => false,
    };

    /// <summary>Whole numbers every integer property of the format (long counts, an int priority) can hold.</summary>
    private static readonly string[] WholeNumbers = ["-0", "0", "-1", "1", "3", "7", "11", "100", "2147483647", "-2147483648"];

    private static void Collect(JsonNode node, List<JsonNode> values)
    {
        values.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, values);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, values);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
        }
    }
}
