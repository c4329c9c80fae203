using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

public class DescribeTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\nb\tc\rd", "\"a\\nb\\tc\\rd\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("sep\u2028", "\"sep\\u2028\"")]
    public void Quote_EscapesSoTheMessageStaysOnOneLine(string value, string expected) =>
        Assert.Equal(expected, Describe.Quote(value));

    [Fact]
    public void Quote_CutsLongValuesAfterSixtyCharacters() =>
        Assert.Equal("\"" + new string('x', 60) + "…\"", Describe.Quote(new string('x', 61)));

    [Theory]
    [InlineData(9, "9")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(1e21, "1E+21")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Number_IsInvariant(double value, string expected) =>
        Assert.Equal(expected, Describe.Number(value));

    [Fact]
    public void OneOf_ListsTenThenCounts() =>
        Assert.Equal(
            "use one of \"a0\", \"a1\", \"a2\", \"a3\", \"a4\", \"a5\", \"a6\", \"a7\", \"a8\", \"a9\" (and 2 more)",
            Describe.OneOf([.. Enumerable.Range(0, 12).Select(i => $"a{i}")], "none"));

    [Fact]
    public void OneOf_Empty_SaysSo() =>
        Assert.Equal("the map has no KPIs", Describe.OneOf([], "the map has no KPIs"));
}
