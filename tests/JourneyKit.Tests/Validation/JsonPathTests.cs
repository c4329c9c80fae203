using FsCheck;
using FsCheck.Fluent;
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

    [Theory]
    [InlineData("größe", "$.größe")]                          // non-ASCII letters follow a dot, as in System.Text.Json
    [InlineData("$ref", "$.$ref")]
    [InlineData("a']b", "$['a\\']b']")]                       // System.Text.Json writes $['a']b'], which reads two ways
    [InlineData("\u0001", "$['\\u0001']")]                    // System.Text.Json writes the control character raw after a dot
    [InlineData("\u2028", "$['\\u2028']")]
    [InlineData("😀", "$.😀")]                                 // a pair is a character
    public void Format_OneRule_ForEveryName(string name, string expected) =>
        Assert.Equal(expected, JsonPath.Format([new PathSegment(name, 0)]));

    [Fact]
    public void Format_EscapesUnpairedSurrogates()
    {
        // Not as InlineData: xUnit replaces an unpaired surrogate in a theory's arguments.
        Assert.Equal("$['\\ud800x']", JsonPath.Format([new PathSegment("\ud800x", 0)]));
        Assert.Equal("$['x\\udc00']", JsonPath.Format([new PathSegment("x\udc00", 0)]));
    }

    [Theory]
    [InlineData("$.stages[0].name")]
    [InlineData("$.competitors[0].stageScores['a.b']")]
    [InlineData("$.competitors[0].stageScores['a b'].x[3]")]
    [InlineData("$['[x]']")]
    [InlineData("$.stages[0].touchpoints[1].emotionsByPersona.größe")]
    public void Format_OfSystemTextJsonsPath_IsThatPath_ForNamesItNeedsNotEscape(string path) =>
        Assert.Equal(path, JsonPath.Format(JsonPath.ParseSystemTextJson(path)!));

    [Theory]
    [InlineData("stages")]
    [InlineData("$stages")]
    [InlineData("$.a..b")]
    [InlineData("$['a")]
    [InlineData("$['a'")]
    [InlineData("$['a\\x']")]
    [InlineData("$['a\\u00']")]
    [InlineData("$[x]")]
    [InlineData("$.a b")]
    public void Parse_RefusesWhatFormatNeverWrites(string path) =>
        Assert.Null(JsonPath.Parse(path));

    [Fact]
    public void FormatThenParse_RoundTrips_ForAnyNamesAndIndices()
    {
        var name = ArbMap.Default.GeneratorFor<string>().Where(static s => s is not null)
            .Select(static s => new PathSegment(s, 0));
        var special = Gen.Elements("", "'", "\\", "']", "['", ".", "[0]", "\\u0041", "\n", "\u2028", "\ud800", "\udc00", "é", "😀", "a.b", "$")
            .ListOf().Select(static parts => new PathSegment(string.Concat(parts), 0));
        var index = Gen.Choose(0, int.MaxValue).Select(static i => new PathSegment(null, i));
        var segments = Gen.OneOf(name, special, index).ListOf();
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(2000),
            Prop.ForAll(segments.ToArbitrary(), path =>
            {
                var written = JsonPath.Format(path);
                var read = JsonPath.Parse(written);
                return read is not null && read.SequenceEqual(path)
                    ? true
                    : throw new InvalidOperationException($"{written} reads back as [{(read is null ? "nothing" : string.Join(", ", read))}]");
            }));
    }

    [Fact]
    public void Member_AndFormat_WriteTheSamePath()
    {
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(1000),
            Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Where(static s => s is not null).ListOf().ToArbitrary(), names =>
            {
                var chain = names.Aggregate("", JsonPath.Member);
                var expected = JsonPath.Format(names.Select(static n => new PathSegment(n, 0)));
                return JsonPath.FromChain(chain) == expected || names.Count == 0;
            }));
    }
}
