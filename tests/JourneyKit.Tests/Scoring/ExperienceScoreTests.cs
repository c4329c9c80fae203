using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class ExperienceScoreTests
{
    [Theory]
    [InlineData(-3, 0)]
    [InlineData(0, 50)]
    [InlineData(3, 100)]
    [InlineData(-1, 33.333333333333336)]
    public void FromEmotion_MapsMinus3To3OntoZeroTo100(double emotion, double expected) =>
        Assert.Equal(expected, ExperienceScore.FromEmotion(emotion), 1e-12);

    [Theory]
    [InlineData(1, 100)]
    [InlineData(7, 0)]
    [InlineData(4, 50)]
    [InlineData(5.5, 25)]
    public void FromCes_LowerEffortScoresHigher(double mean, double expected) =>
        Assert.Equal(expected, ExperienceScore.FromCes(mean), 1e-12);

    [Theory]
    [InlineData(-100, 0)]
    [InlineData(0, 50)]
    [InlineData(100, 100)]
    [InlineData(60, 80)]
    public void FromNps_MapsOntoZeroTo100(double nps, double expected) =>
        Assert.Equal(expected, ExperienceScore.FromNps(nps), 1e-12);

    [Fact]
    public void FromCsat_IsTheCsat() => Assert.Equal(72.5, ExperienceScore.FromCsat(72.5));

    [Fact]
    public void Of_IsTheMeanOfThePresentSignals()
    {
        Assert.Equal((50 + 80 + 70 + 25) / 4.0, ExperienceScore.Of(emotion: 0, nps: 60, csat: 70, cesMean: 5.5)!.Value, 1e-12);
        Assert.Equal((100 + 25) / 2.0, ExperienceScore.Of(emotion: 3, nps: null, csat: null, cesMean: 5.5)!.Value, 1e-12);
        Assert.Equal(70, ExperienceScore.Of(emotion: null, nps: null, csat: 70, cesMean: null));
    }

    [Fact]
    public void Of_NoSignal_IsAbsent() => Assert.Null(ExperienceScore.Of(null, null, null, null));
}
