using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class PeakEndTests
{
    [Fact]
    public void Of_IsTheMeanOfPeakAndEnd() => Assert.Equal((-3 + 1) / 2.0, PeakEnd.Of([1, -3, 2, 1]));

    [Fact]
    public void Of_TiedPeaks_TakesTheEarliest()
    {
        Assert.Equal((2 + 0) / 2.0, PeakEnd.Of([2, -2, 0]));
        Assert.Equal((-2 + 0) / 2.0, PeakEnd.Of([-2, 2, 0]));
    }

    [Fact]
    public void Of_OneEmotion_IsThatEmotion() => Assert.Equal(-1.5, PeakEnd.Of([-1.5]));

    [Fact]
    public void Of_Empty_IsAbsent() => Assert.Null(PeakEnd.Of([]));

    [Fact]
    public void Of_Null_Throws() => Assert.Throws<ArgumentNullException>("emotions", () => PeakEnd.Of(null!));
}
