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
    [InlineData(0.0001, "+0.###;-0.###;0", "0")]
    [InlineData(0.0004, "+0.###", "0")]
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

    [Theory]
    [InlineData(15.04, 1, "+15")]
    [InlineData(-2.45, 1, "-2.5")]
    [InlineData(-0.04, 1, "0")]
    [InlineData(0.004, 2, "0")]
    [InlineData(-1.875, 2, "-1.88")]
    public void Delta_IsSignedWithTheDecimalsOfItsKind(double value, int decimals, string expected) =>
        Assert.Equal(expected, TextNumber.Delta(value, decimals));

    [Theory]
    [InlineData(23850, "16.6 d")]
    [InlineData(119, "119 min")]
    [InlineData(120, "2 h")]
    [InlineData(2879, "48 h")]
    [InlineData(0.04, "0 min")]
    public void Minutes_ReadAsScoreWritesThem(double minutes, string expected) => Assert.Equal(expected, TextNumber.Minutes(minutes));

    [Theory]
    [InlineData(-23730, "-16.5 d")]
    [InlineData(45, "+45 min")]
    [InlineData(-0.04, "0 min")]
    public void SignedMinutes_CarryTheSignOfTheChange(double minutes, string expected) => Assert.Equal(expected, TextNumber.SignedMinutes(minutes));

    [Theory]
    [InlineData(5.25, "5.3 s")]
    [InlineData(45, "45 s")]
    [InlineData(59.6, "1 min")]   // 60 s once rounded: read in minutes
    [InlineData(1800, "30 min")]
    [InlineData(5400, "90 min")]  // minutes below 2 h, as score writes a time
    [InlineData(250_000, "2.9 d")]
    public void Seconds_ReadByTheSameRuleAsMinutes(double seconds, string expected) => Assert.Equal(expected, TextNumber.Seconds(seconds));

    [Theory]
    [InlineData(0.154, "+15.4 pp")]
    [InlineData(-0.5, "-50 pp")]
    [InlineData(-0.0004, "0 pp")]
    public void Points_AreSignedPercentagePoints(double share, string expected) => Assert.Equal(expected, TextNumber.Points(share));

    [Theory]
    [InlineData(0.03124, "0.0312")]
    [InlineData(0.00009, "< 0.0001")]
    [InlineData(1, "1")]
    public void PValue_HasFourDecimals(double p, string expected) => Assert.Equal(expected, TextNumber.PValue(p));
}
