using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Issue 15 item 5: values of the wrong type, enum names that are not the format's, nulls in lists and
/// missing required properties are reported all at once, each with its path, line and byte, and the
/// rest of the map can still be validated (<see cref="JourneyFormatException.PartialMap"/>).
/// Lines and bytes counted by hand from the documents as written here.
/// </summary>
public class EveryErrorTests
{
    private const string ThreeWrong = """
        {
          "schemaVersion": "1.0", "id": "m", "name": "M",
          "stages": [
            { "id": "s", "name": "S", "kind": "Awareness", "touchpoints": [
              { "id": "t", "name": "T", "emotion": "high", "channel": "fax" },
              { "id": "u", "name": "", "valueAdding": 1 } ] } ]
        }
        """;

    [Fact]
    public void Read_SeveralWrongValues_ReportsEveryOneWithItsPosition()
    {
        var e = Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(ThreeWrong));

        Assert.Equal(
        [
            "$.stages[0].kind (line 4, byte 39): expected one of \"awareness\", \"consideration\", \"purchase\", \"retention\", \"advocacy\", \"custom\", found the string \"Awareness\".",
            "$.stages[0].touchpoints[0].emotion (line 5, byte 44): expected a number from -3 to 3, found the string \"high\".",
            $"$.stages[0].touchpoints[0].channel (line 5, byte 63): expected one of {Channels}, found the string \"fax\".",
            "$.stages[0].touchpoints[1].valueAdding (line 6, byte 47): expected true or false, found the number 1.",
        ], e.Errors.Select(error => error.Message));
        Assert.Equal(["$.stages[0].kind", "$.stages[0].touchpoints[0].emotion", "$.stages[0].touchpoints[0].channel", "$.stages[0].touchpoints[1].valueAdding"], e.Errors.Select(error => error.Path));
        Assert.Equal([4L, 5, 5, 6], e.Errors.Select(error => error.LineNumber!.Value));
        Assert.Same(e, e.Errors[0]);
        Assert.Equal(e.Errors[0].Message, e.Message);
    }

    [Fact]
    public void Read_WrongValues_PartialMapHoldsTheRestForTheValidator()
    {
        var e = Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(ThreeWrong));

        var partial = Assert.IsType<JourneyMap>(e.PartialMap);
        Assert.Null(partial.Stages[0].Touchpoints[0].Emotion);
        Assert.Equal("u", partial.Stages[0].Touchpoints[1].Id);
        var rule = Assert.Single(new JourneyValidator().Validate(partial).Errors);
        Assert.Equal("$.stages[0].touchpoints[1].name", rule.Path); // the empty name: a rule error of the rest
        Assert.Equal(ValidationCodes.Required, rule.Code);
    }

    [Fact]
    public void Read_NullInAListAndMissingRequired_AreReportedTogether()
    {
        const string json = """
            { "schemaVersion": "1.0", "id": "m", "name": "M",
              "personas": [null],
              "stages": [],
              "kpis": [{ "id": "k", "name": "K", "measurements": [{ "value": 1 }, { "at": "yesterday", "value": 2 }] }] }
            """;

        var e = Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(json));

        Assert.Equal(
        [
            "$.personas[0] (line 2, byte 16): expected an object (a persona), found null; a list of the format may not hold null.",
            "$.kpis[0].measurements[0] (line 4, byte 55): the required property 'at' is missing; a measurement needs 'at' and 'value'.",
            "$.kpis[0].measurements[1].at (line 4, byte 79): expected a date and time in ISO 8601 form such as \"2026-01-31T00:00:00Z\", found the string \"yesterday\".",
        ], e.Errors.Select(error => error.Message));
        Assert.NotNull(e.PartialMap);
    }

    [Fact]
    public void Read_MoreErrorsThanTheLimit_ListsTheLimitAndSaysSo()
    {
        var touchpoints = string.Join(",", Enumerable.Range(0, 5).Select(i => $"{{ \"id\": \"t{i}\", \"name\": \"T\", \"emotion\": \"x\" }}"));
        var json = $"{{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"stages\": [{{ \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [{touchpoints}] }}] }}";

        var e = Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxErrors = 3 }).Read(json));

        Assert.Equal(4, e.Errors.Count);
        Assert.Equal("$.stages[0].touchpoints[2].emotion", e.Errors[2].Path);
        Assert.Equal("the document has more than 3 values of the wrong type; the first 3 are listed (raise JourneySerializerOptions.MaxErrors to see more).", e.Errors[3].Message);
        Assert.Null(e.Errors[3].Path);
        Assert.Null(e.PartialMap);
        Assert.Equal(5, Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(json)).Errors.Count);
    }

    [Fact]
    public void Read_OneWrongValue_IsOneError()
    {
        const string json = """{ "schemaVersion": "1.0", "id": "m", "name": "M", "stages": "none" }""";

        var e = Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read(json));

        Assert.Equal("$.stages (line 1, byte 61): expected an array of objects, found the string \"none\".", Assert.Single(e.Errors).Message);
        Assert.Empty(Assert.IsType<JourneyMap>(e.PartialMap).Stages);
    }

    [Fact]
    public void Read_SyntaxError_IsTheOnlyErrorAndHasNoPartialMap()
    {
        var e = Assert.Throws<JourneyFormatException>(() => new JourneySerializer().Read("{ \"schemaVersion\": \"1.0\", \"stages\": [ }"));

        Assert.Same(e, Assert.Single(e.Errors));
        Assert.Null(e.PartialMap);
    }

    [Fact]
    public void Options_MaxErrors_HasItsRange()
    {
        Assert.Equal(100, new JourneySerializerOptions().MaxErrors);
        Assert.Throws<ArgumentOutOfRangeException>("MaxErrors", () => new JourneySerializerOptions { MaxErrors = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("MaxErrors", () => new JourneySerializerOptions { MaxErrors = 10_001 });
    }

    private static string Channels => string.Join(", ", CamelCaseNames<Channel>().Select(n => $"\"{n}\""));

    private static IEnumerable<string> CamelCaseNames<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
}
