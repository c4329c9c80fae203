using JourneyKit.Model;

namespace JourneyKit.Tests.Validation;

public class JsonPathTests
{
    [Theory]
    [InlineData("", "colour", "colour")]
    [InlineData("stages[0]", "colour", "stages[0].colour")]
    [InlineData("stages[0].emotionsByPersona", "busy-parent", "stages[0].emotionsByPersona.busy-parent")]
    [InlineData("stageScores", "a b", "stageScores['a b']")]
    [InlineData("stageScores", "a.b", "stageScores['a.b']")]
    [InlineData("stageScores", "it's", "stageScores['it\\'s']")]
    [InlineData("stageScores", "back\\slash", "stageScores['back\\\\slash']")]
    [InlineData("stageScores", "line\nbreak", "stageScores['line\\u000abreak']")]
    [InlineData("stageScores", "", "stageScores['']")]
    [InlineData("", "[x]", "['[x]']")]
    public void Member_EscapesLikeSystemTextJson(string parent, string name, string expected) =>
        Assert.Equal(expected, JsonPath.Member(parent, name));

    [Theory]
    [InlineData(null, "$")]
    [InlineData("", "$")]
    [InlineData("stages[1].emotion", "$.stages[1].emotion")]
    [InlineData("['a b']", "$['a b']")]
    public void FromChain_AddsTheRoot(string? chain, string expected) =>
        Assert.Equal(expected, JsonPath.FromChain(chain));

    [Fact]
    public void Index_AppendsTheIndex() =>
        Assert.Equal("stages[12]", JsonPath.Index("stages", 12));
}
