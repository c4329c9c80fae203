using JourneyKit.Model;
using JourneyKit.Playbooks;
using JourneyKit.Scoring;
using JourneyKit.Tests.Scoring;

namespace JourneyKit.Tests.Playbooks;

public class PlayEvaluatorTests
{
    [Theory]
    [InlineData(ComparisonOperator.Lt, 1, 2, true)]
    [InlineData(ComparisonOperator.Lt, 2, 2, false)]
    [InlineData(ComparisonOperator.Le, 2, 2, true)]
    [InlineData(ComparisonOperator.Le, 3, 2, false)]
    [InlineData(ComparisonOperator.Gt, 3, 2, true)]
    [InlineData(ComparisonOperator.Gt, 2, 2, false)]
    [InlineData(ComparisonOperator.Ge, 2, 2, true)]
    [InlineData(ComparisonOperator.Ge, 1, 2, false)]
    [InlineData(ComparisonOperator.Eq, 2, 2, true)]
    [InlineData(ComparisonOperator.Eq, 2.0000001, 2, false)]
    [InlineData(ComparisonOperator.Ne, 1, 2, true)]
    [InlineData(ComparisonOperator.Ne, 2, 2, false)]
    public void Holds(ComparisonOperator op, double value, double threshold, bool expected) =>
        Assert.Equal(expected, PlayEvaluator.Holds(value, op, threshold));

    [Fact]
    public void Holds_UndefinedOperator_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("op", () => PlayEvaluator.Holds(1, (ComparisonOperator)99, 1));

    [Fact]
    public void Evaluate_Public_MatchesTheScorer()
    {
        var map = TestMaps.Retail;
        var report = Unvalidated.Scorer.Score(map);

        var fired = PlayEvaluator.Evaluate(map.Playbooks, ScorePlayFacts.Of(map, report with { FiredPlays = [] }));

        Assert.Equal(report.FiredPlays, fired);
    }

    [Theory]
    [InlineData(PlayMetric.Nps, "t2")]              // t2 has no NPS answers
    [InlineData(PlayMetric.Csat, "nowhere")]        // unknown target
    [InlineData(PlayMetric.Emotion, "t2")]          // nobody feels anything at t2
    [InlineData(PlayMetric.KpiAttainment, "k5")]    // no value
    [InlineData(PlayMetric.OpportunityScore, null)] // no target
    public void Evaluate_AbsentMetric_DoesNotFire(PlayMetric metric, string? targetId)
    {
        var map = TestMaps.Retail with
        {
            Playbooks =
            [
                new Playbook
                {
                    Id = "pb",
                    Name = "PB",
                    Plays =
                    [
                        new Play { Id = "lt", When = new PlayCondition { Metric = metric, TargetId = targetId, Op = ComparisonOperator.Lt, Value = 1000 }, Action = "a" },
                        new Play { Id = "ne", When = new PlayCondition { Metric = metric, TargetId = targetId, Op = ComparisonOperator.Ne, Value = 1000 }, Action = "a" },
                    ],
                },
            ],
        };

        Assert.Empty(Unvalidated.Scorer.Score(map).FiredPlays);
    }

    [Fact]
    public void Evaluate_NpsOnATouchpointAndOnAStage()
    {
        var map = TestMaps.Retail with
        {
            Playbooks =
            [
                new Playbook
                {
                    Id = "pb",
                    Name = "PB",
                    Plays =
                    [
                        new Play { Id = "stage", When = new PlayCondition { Metric = PlayMetric.Nps, TargetId = "discover", Op = ComparisonOperator.Eq, Value = 60 }, Action = "a", Priority = 5 },
                        new Play { Id = "touchpoint", When = new PlayCondition { Metric = PlayMetric.TouchpointScore, TargetId = "t2", Op = ComparisonOperator.Eq, Value = 50 }, Action = "a", Priority = int.MaxValue },
                        new Play { Id = "none", When = new PlayCondition { Metric = PlayMetric.StageScore, TargetId = "discover", Op = ComparisonOperator.Gt, Value = 0 }, Action = "a" },
                    ],
                },
            ],
        };

        Assert.Equal(["stage", "touchpoint", "none"], Unvalidated.Scorer.Score(map).FiredPlays.Select(f => f.PlayId));
    }
}
