using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

/// <summary>
/// Reader errors write their paths with the one JsonPath rule the validator uses too. For the names
/// below System.Text.Json's own path is ambiguous or not a path (<c>$['it's']</c>, <c>$.</c>), so
/// the reader's path differs from it; for every other name it is the same (see JsonPathTests).
/// </summary>
public class ReadErrorPathTests
{
    private const string Head = "{\n  \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"stages\": [],\n";

    private static readonly JourneySerializer Serializer = new();

    [Theory]
    [InlineData("it's", "$.competitors[0].stageScores['it\\'s']")]
    [InlineData("a']b", "$.competitors[0].stageScores['a\\']b']")]
    [InlineData("back\\\\slash", "$.competitors[0].stageScores['back\\\\slash']")]
    [InlineData("line\\nbreak", "$.competitors[0].stageScores['line\\u000abreak']")]
    [InlineData("", "$.competitors[0].stageScores['']")]
    [InlineData("a.b", "$.competitors[0].stageScores['a.b']")]
    [InlineData("größe", "$.competitors[0].stageScores.größe")]
    public void ConversionError_InADictionary_EscapesTheKey(string jsonKey, string path)
    {
        var json = Head + "  \"competitors\": [{ \"id\": \"c\", \"name\": \"C\", \"stageScores\": { \"" + jsonKey + "\": \"high\" } }]\n}";
        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));
        Assert.StartsWith(path + " (line 3, byte ", e.Message, StringComparison.Ordinal);
        Assert.Contains("expected a number from 0 to 100, found the string \"high\".", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("", "$['']")]
    [InlineData("tab\\t", "$['tab\\u0009']")]
    [InlineData("x y", "$['x y']")]
    public void DuplicateProperty_EscapesTheName(string jsonName, string path)
    {
        var json = Head + "  \"" + jsonName + "\": 1, \"" + jsonName + "\": 2\n}";
        var e = Assert.Throws<JourneyFormatException>(() => Serializer.Read(json));
        Assert.StartsWith(path + " (line 3, byte ", e.Message, StringComparison.Ordinal);
    }
}
