using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class ScoringOptionsTests
{
    [Fact]
    public void Defaults_AreTheDesigns()
    {
        var options = new ScoringOptions();
        Assert.Equal(-1, options.PainEmotionThreshold);
        Assert.Equal(2, options.EmotionDropThreshold);
        Assert.Equal(5, options.HighEffortThreshold);
        Assert.Equal(50, options.LowSatisfactionThreshold);
        Assert.Equal(0, options.DetractorHeavyThreshold);
        Assert.Equal(2, options.HighEmotionThreshold);
        Assert.Equal(50, options.PromoterHeavyThreshold);
        Assert.Equal(10, options.UnderservedThreshold);
        Assert.Equal(1e-9, options.TrendFlatEpsilon);
        Assert.Equal(1.959964, options.Z);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_ListsEveryProblem()
    {
        var options = new ScoringOptions
        {
            PainEmotionThreshold = -4,
            EmotionDropThreshold = 0,
            HighEffortThreshold = double.NaN,
            LowSatisfactionThreshold = 101,
            DetractorHeavyThreshold = -101,
            HighEmotionThreshold = 3.5,
            PromoterHeavyThreshold = 200,
            UnderservedThreshold = 21,
            TrendFlatEpsilon = -1,
            Z = 0,
        };

        var problems = options.Validate();

        Assert.Equal(10, problems.Count);
        Assert.Equal("'Scoring.PainEmotionThreshold' must be between -3 and 3. You entered -4.", problems[0]);
        Assert.Equal("'Scoring.EmotionDropThreshold' must be greater than 0 and at most 6. You entered 0.", problems[1]);
        Assert.Equal("'Scoring.HighEffortThreshold' must be between 1 and 7. You entered NaN.", problems[2]);
        Assert.Equal("'Scoring.TrendFlatEpsilon' must be a finite number at least 0. You entered -1.", problems[8]);
        Assert.Equal("'Scoring.Z' must be a finite number greater than 0. You entered 0.", problems[9]);
    }

    [Fact]
    public void Clone_IsIndependent()
    {
        var options = new ScoringOptions { HighEffortThreshold = 6 };
        var copy = options.Clone();
        options.HighEffortThreshold = 4;
        Assert.Equal(6, copy.HighEffortThreshold);
    }

    [Fact]
    public void JourneyScorer_InvalidOptions_ThrowListingEveryProblem()
    {
        var e = Assert.Throws<ArgumentException>("options", () => new JourneyScorer(new ScoringOptions { Z = -1, UnderservedThreshold = 30 }));
        Assert.Contains("'Scoring.UnderservedThreshold'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Scoring.Z'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JourneyScorer_CopiesTheOptions()
    {
        var options = new ScoringOptions();
        var scorer = new JourneyScorer(options);
        options.PainEmotionThreshold = 3; // every touchpoint would be a pain point

        var map = TestMaps.Single([TestMaps.Tp("a", 0)]);

        Assert.Empty(scorer.Score(map).PainPoints);
    }
}
