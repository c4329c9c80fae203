using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class CompetitorBenchmarkTests
{
    private static StageScore S(string id, double? score) => new()
    {
        StageId = id,
        Score = score,
        Nps = null,
        Csat = null,
        Ces = null,
        ValueStream = ValueStreamAnalyzer.Analyze([]),
    };

    private static Competitor C(string id, params (string Stage, double Score)[] scores) =>
        new() { Id = id, Name = id, StageScores = scores.ToDictionary(s => s.Stage, s => s.Score) };

    [Fact]
    public void Compare_AgainstTheBestCompetitor()
    {
        var rows = CompetitorBenchmark.Compare([S("a", 60), S("b", 50), S("c", 10)], [C("x", ("a", 55), ("b", 70)), C("y", ("a", 80), ("b", 50))]);

        Assert.Equal(["a", "b"], rows.Select(r => r.StageId)); // nobody scores c
        Assert.Equal("y", rows[0].BestCompetitorId);
        Assert.Equal(80, rows[0].BestScore);
        Assert.Equal(-20, rows[0].Gap);
        Assert.Equal(BenchmarkPosition.Behind, rows[0].Position);
        Assert.Equal("x", rows[1].BestCompetitorId);
        Assert.Equal(-20, rows[1].Gap);
    }

    [Fact]
    public void Compare_TiesGoToTheFirstCompetitor_AndGapZeroIsLeading()
    {
        var row = Assert.Single(CompetitorBenchmark.Compare([S("a", 70)], [C("x", ("a", 70)), C("y", ("a", 70))]));
        Assert.Equal("x", row.BestCompetitorId);
        Assert.Equal(0, row.Gap);
        Assert.Equal(BenchmarkPosition.Leading, row.Position);
    }

    [Fact]
    public void Compare_StageWithoutScore_HasNoGap()
    {
        var row = Assert.Single(CompetitorBenchmark.Compare([S("a", null)], [C("x", ("a", 70))]));
        Assert.Null(row.Gap);
        Assert.Null(row.Position);
        Assert.Equal(70, row.BestScore);
    }
}
