using JourneyKit.Cli.Commands;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>The text reports never write -0, NaN or Infinity (issue 15, item 1).</summary>
public sealed class TextNumberTests
{
    [Theory]
    [InlineData(-0.04, "0.0", "0.0")]
    [InlineData(-0.0, "0.##", "0")]
    [InlineData(-0.004, "0.00", "0.00")]
    [InlineData(-0.05, "0.0", "-0.1")]
    [InlineData(-1.5, "0.#", "-1.5")]
    [InlineData(1e15, "0.##", "1000000000000000")]
    [InlineData(-0.0001, "+0.###;-0.###;0", "0")]
    public void Format_WritesNoNegativeZero(double value, string format, string expected) =>
        Assert.Equal(expected, TextNumber.Format(value, format));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Format_RefusesWhatIsNotFinite(double value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => TextNumber.Format(value, "0.0"));
        Assert.Contains("writes only finite numbers", e.Message, StringComparison.Ordinal);
    }
}
