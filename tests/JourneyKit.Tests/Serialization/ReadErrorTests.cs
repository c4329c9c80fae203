using System.Diagnostics;
using System.Text;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// The corpus of bad documents: each one is refused with exactly one <see cref="JourneyFormatException"/>
/// whose message says where, what was found and what is allowed. Lines and bytes were counted by hand
/// (1-based) from the documents as written here.
/// </summary>
public class ReadErrorTests
{
    private const string Head = "{\n  \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\",\n";

    private static readonly JourneySerializer Serializer = new();

    public static TheoryData<string, string, string> BadDocuments() => new()
    {
        { "empty", "", "the document is empty; a journey map is a JSON object starting with '{'." },
        { "only a comment", "  // nothing here\n", "the document is empty; a journey map is a JSON object starting with '{'." },
        { "control characters", "\u0001\u0002", "$ (line 1, byte 1): found '0x01' where a value should start; a value is an object, an array, a string in double quotes, a number, true, false or null." },
        { "top-level array", "[1, 2]", "$ (line 1, byte 1): expected a journey map, a JSON object starting with '{', found an array." },
        { "top-level null", "null", "$ (line 1, byte 1): expected a journey map, a JSON object starting with '{', found null." },
        { "top-level string", "\"map\"", "$ (line 1, byte 1): expected a journey map, a JSON object starting with '{', found the string \"map\"." },
        {
            "truncated",
            "{\n  \"schemaVersion\": \"1.0\",\n  \"stages\": [\n    { \"id\": \"s\"",
            "$.stages[0].id (line 4, byte 16): the document ends before every object and array is closed; is the file truncated?"
        },
        {
            "unterminated string",
            Head + "  \"description\": \"abc",
            "$.description (line 3, byte 22): the document ends inside a string; is a closing quote missing, or the file truncated?"
        },
        {
            "missing comma",
            Head + "  \"stages\": []\n  \"description\": \"d\"\n}",
            "$.stages (line 4, byte 3): expected ',' or the end of the object or array after the value, found '\"'; is a comma missing?"
        },
        {
            "text after the map",
            Head + "  \"stages\": []\n} {}",
            "$ (line 4, byte 3): found '{' after the end of the map's object; a document holds exactly one JSON object."
        },
        {
            "single quotes",
            "{'schemaVersion': '1.0'}",
            "$ (line 1, byte 2): found ''' where a property name should start; property names are strings in double quotes."
        },
        {
            "duplicate property",
            "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": \"m\",\n  \"id\": \"n\",\n  \"name\": \"M\",\n  \"stages\": []\n}",
            "$.id (line 4, byte 3): the property 'id' appears twice in the same object; each property may appear only once."
        },
        {
            "duplicate inside an unknown property",
            Head + "  \"x\": { \"a\": 1, \"a\": 2 },\n  \"stages\": []\n}",
            "$.x.a (line 3, byte 18): the property 'a' appears twice in the same object; each property may appear only once."
        },
        {
            "number beyond double",
            "{\n  \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\",\n  \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [{ \"id\": \"t\", \"name\": \"T\", \"emotion\": 1e999 }] }]\n}",
            "$.stages[0].touchpoints[0].emotion (line 3, byte 93): the number 1e999 is too large; numbers must lie between -1.7976931348623157E+308 and 1.7976931348623157E+308."
        },
        {
            "NaN",
            Head + "  \"stages\": [],\n  \"x\": [1, NaN]\n}",
            "$.x[1] (line 4, byte 12): found NaN or Infinity; the format allows only finite numbers (NaN and Infinity are not JSON)."
        },
        {
            "string for a number",
            "{\n  \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\",\n  \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [\n    { \"id\": \"a\", \"name\": \"A\" },\n    { \"id\": \"b\", \"name\": \"B\", \"emotion\": \"high\" }\n  ] }]\n}",
            "$.stages[0].touchpoints[1].emotion (line 5, byte 42): expected a number from -3 to 3, found the string \"high\"."
        },
        {
            "object for a list",
            Head + "  \"stages\": {}\n}",
            "$.stages (line 3, byte 13): expected an array of objects, found an object."
        },
        {
            "enum in PascalCase",
            Head + "  \"state\": \"Future\",\n  \"stages\": []\n}",
            "$.state (line 3, byte 12): expected one of \"current\", \"future\", found the string \"Future\"."
        },
        {
            "enum as a number",
            Head + "  \"state\": 1,\n  \"stages\": []\n}",
            "$.state (line 3, byte 12): expected one of \"current\", \"future\", found the number 1."
        },
        {
            "fractional count",
            Head + "  \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [{ \"id\": \"t\", \"name\": \"T\",\n    \"responses\": { \"csat\": [1, 2.5, 3, 4, 5] } }] }]\n}",
            "$.stages[0].touchpoints[0].responses.csat[1] (line 4, byte 32): expected a whole number of 0 or more, found the number 2.5."
        },
        {
            "count too large",
            Head + "  \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [{ \"id\": \"t\", \"name\": \"T\",\n    \"responses\": { \"nps\": [1e30] } }] }]\n}",
            "$.stages[0].touchpoints[0].responses.nps[0] (line 4, byte 28): expected a whole number of 0 or more, found the number 1e30, which is too large."
        },
        {
            "string for true/false",
            Head + "  \"stages\": [{ \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [{ \"id\": \"t\", \"name\": \"T\",\n    \"valueAdding\": \"yes\" }] }]\n}",
            "$.stages[0].touchpoints[0].valueAdding (line 4, byte 20): expected true or false, found the string \"yes\"."
        },
        {
            "bad date",
            Head + "  \"stages\": [],\n  \"kpis\": [{ \"id\": \"k\", \"name\": \"K\", \"measurements\": [{ \"at\": \"yesterday\", \"value\": 1 }] }]\n}",
            "$.kpis[0].measurements[0].at (line 4, byte 63): expected a date and time in ISO 8601 form such as \"2026-01-31T00:00:00Z\", found the string \"yesterday\"."
        },
        {
            "measurement without at",
            Head + "  \"stages\": [],\n  \"kpis\": [{ \"id\": \"k\", \"name\": \"K\", \"measurements\": [{ \"value\": 1 }] }]\n}",
            "$.kpis[0].measurements[0] (line 4, byte 55): the required property 'at' is missing; a measurement needs 'at' and 'value'."
        },
        {
            "condition without op and value",
            Head + "  \"stages\": [],\n  \"playbooks\": [{ \"id\": \"b\", \"name\": \"B\", \"plays\": [{ \"id\": \"p\", \"action\": \"a\", \"when\": { \"metric\": \"nps\" } }] }]\n}",
            "$.playbooks[0].plays[0].when (line 4, byte 89): the required properties 'op' and 'value' are missing; a play's condition needs 'metric', 'op' and 'value'."
        },
        {
            "null measurement value",
            Head + "  \"stages\": [],\n  \"kpis\": [{ \"id\": \"k\", \"name\": \"K\", \"measurements\": [{ \"at\": \"2026-01-01T00:00:00Z\", \"value\": null }] }]\n}",
            "$.kpis[0].measurements[0].value (line 4, byte 96): expected a number from -1000000000000000 to 1000000000000000, found null."
        },
        {
            "null in a list",
            Head + "  \"stages\": [],\n  \"personas\": [{ \"id\": \"p\", \"name\": \"P\", \"goals\": [\"a\", null] }]\n}",
            "$.personas[0].goals[1] (line 4, byte 57): expected a string, found null; a list of the format may not hold null."
        },
        {
            "schemaVersion 2.0",
            "{\n  \"schemaVersion\": \"2.0\",\n  \"id\": \"m\"\n}",
            "$.schemaVersion (line 2, byte 20): 'schemaVersion' is \"2.0\"; this version of JourneyKit reads 1.x (1.0)."
        },
        {
            "schemaVersion as a number",
            "{ \"schemaVersion\": 1.0 }",
            "$.schemaVersion (line 1, byte 20): 'schemaVersion' is the number 1.0, not a string; this version of JourneyKit reads 1.x (1.0)."
        },
        {
            "schemaVersion missing",
            "{ \"id\": \"m\", \"name\": \"M\", \"stages\": [] }",
            "$: 'schemaVersion' is missing; this version of JourneyKit reads 1.x (1.0), so a map starts with \"schemaVersion\": \"1.0\"."
        },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Read_BadDocument_ThrowsOneClearSentence(string name, string json, string expected)
    {
        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        Assert.True(expected == error.Message, $"{name}:\nexpected {expected}\nactual   {error.Message}");
    }

    [Fact]
    public void Read_InvalidUtf8_NamesTheByteAndItsPlace()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "  \"description\": \"caf").Concat(new byte[] { 0xE9, (byte)'"', (byte)'}' }).ToArray();

        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(bytes));

        Assert.Equal("line 3, byte 22: the document is not UTF-8 text (byte 0xE9 cannot appear here); a journey map is a JSON text file saved as UTF-8.", error.Message);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(22, error.BytePositionInLine);
    }

    [Fact]
    public void Read_BinaryFile_SaysItIsNotUtf8Text()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00];

        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(png));

        Assert.Equal("line 1, byte 1: the document is not UTF-8 text (byte 0x89 cannot appear here); a journey map is a JSON text file saved as UTF-8.", error.Message);
    }

    [Fact]
    public void Read_ByteOrderMark_IsAcceptedAndCountedInPositions()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var valid = bom.Concat(Encoding.UTF8.GetBytes("{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"stages\": [] }")).ToArray();
        var invalid = bom.Concat(Encoding.UTF8.GetBytes("{ \"schemaVersion\": 2 }")).ToArray();

        Assert.Equal("m", Serializer.Read(valid).Id);
        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(invalid));
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(23, error.BytePositionInLine);
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreAccepted()
    {
        const string json = """
            // a hand-edited map
            {
              "schemaVersion": "1.0", /* the format */
              "id": "m", "name": "M",
              "stages": [{ "id": "s", "name": "S", },],
            }
            """;

        var map = Serializer.Read(json);

        Assert.Equal("s", Assert.Single(map.Stages).Id);
    }

    [Fact]
    public void Read_DeepNesting_IsRefusedQuicklyAtTheLimit()
    {
        var json = Head + "  \"stages\": [],\n  \"x\": " + new string('[', 10_000) + new string(']', 10_000) + "\n}";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        // The map object is level 1, so the k-th '[' of "x" is level k + 1: the 64th, at byte 8 + 63, is level 65.
        Assert.Equal(4, error.LineNumber);
        Assert.Equal(71, error.BytePositionInLine);
        Assert.EndsWith("objects and arrays nest more than 64 levels deep here, the most this reader accepts (raise JourneySerializerOptions.MaxDepth to accept more).", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.x[0][0]", error.Path, StringComparison.Ordinal);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Read_FiftyMegabyteString_IsRefusedBySizeBeforeParsing()
    {
        var json = Head + "  \"stages\": [],\n  \"description\": \"" + new string('a', 50_000_000) + "\"\n}";
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));

        Assert.Equal("the document is more than the 16,777,216 bytes this reader accepts (raise JourneySerializerOptions.MaxDocumentBytes to accept more).", error.Message);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Read_BytesOverTheLimit_SayHowManyBytes()
    {
        var serializer = new JourneySerializer(new JourneySerializerOptions { MaxDocumentBytes = 10 });

        var error = Assert.Throws<JourneyFormatException>(() => serializer.Read("{ \"schemaVersion\": \"1.0\" }"u8));

        Assert.Equal("the document is 26 bytes, more than the 10 bytes this reader accepts (raise JourneySerializerOptions.MaxDocumentBytes to accept more).", error.Message);
    }

    [Fact]
    public void Read_FiftyMegabyteStringWithRaisedDocumentLimit_IsRefusedByStringLength()
    {
        var serializer = new JourneySerializer(new JourneySerializerOptions { MaxDocumentBytes = 64 * 1024 * 1024 });
        var json = Head + "  \"stages\": [],\n  \"description\": \"" + new string('a', 50_000_000) + "\"\n}";

        var error = Assert.Throws<JourneyFormatException>(() => serializer.Read(json));

        Assert.Equal("$.description (line 4, byte 18): the string is 50,000,000 bytes long; the longest this reader accepts is 1,048,576 bytes (raise JourneySerializerOptions.MaxStringLength to accept more).", error.Message);
    }

    [Fact]
    public void Read_Error_CarriesPathLineAndByte()
    {
        var error = Assert.Throws<JourneyFormatException>(() => Serializer.Read(Head + "  \"state\": 1,\n  \"stages\": []\n}"));

        Assert.Equal("$.state", error.Path);
        Assert.Equal(3, error.LineNumber);
        Assert.Equal(12, error.BytePositionInLine);
    }

    [Fact]
    public void Read_MissingIdAndName_AreNotReadErrors()
    {
        // Validation reports them with their paths, together with every other problem of the map.
        var map = Serializer.Read("{ \"schemaVersion\": \"1.3\", \"stages\": [{ \"touchpoints\": [{}] }] }");

        Assert.Null(map.Id);
        Assert.Null(map.Stages[0].Touchpoints[0].Name);
        Assert.Equal("1.3", map.SchemaVersion);
    }

    [Theory]
    [InlineData("\"1.0\"")]
    [InlineData("\"1.12\"")]
    public void Read_SchemaVersionOneX_IsAccepted(string version)
    {
        var map = Serializer.Read($"{{ \"schemaVersion\": {version}, \"id\": \"m\", \"name\": \"M\", \"stages\": [] }}");

        Assert.Equal(version.Trim('"'), map.SchemaVersion);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"1.0.0\"")]
    [InlineData("\"v1.0\"")]
    [InlineData("\"0.9\"")]
    [InlineData("\" 1.0\"")]
    public void Read_SchemaVersionNotOneX_IsRefused(string version)
    {
        var error = Assert.Throws<JourneyFormatException>(() =>
            Serializer.Read($"{{ \"schemaVersion\": {version}, \"id\": \"m\", \"name\": \"M\", \"stages\": [] }}"));

        Assert.Equal($"$.schemaVersion (line 1, byte 20): 'schemaVersion' is {version}; this version of JourneyKit reads 1.x (1.0).", error.Message);
        Assert.Equal(JourneyMap.CurrentSchemaVersion, "1.0");
    }
}
