using JourneyKit.Analytics;
using JourneyKit.Model;
using JourneyKit.Playbooks;
using JourneyKit.Scoring;
using JourneyKit.Validation;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>Plays on <c>conversion</c> and <c>reach</c>: fired by analytics on whole-journey figures, accepted by validation.</summary>
public class AnalyticsPlayTests
{
    private static Play P(string id, PlayMetric metric, string target, ComparisonOperator op, double value, int? priority = null) =>
        new() { Id = id, When = new PlayCondition { Metric = metric, TargetId = target, Op = op, Value = value }, Action = "Act on " + id, Priority = priority };

    private static readonly JourneyMap MapWithPlays = Map with
    {
        Playbooks =
        [
            new Playbook
            {
                Id = "funnel",
                Name = "Funnel alerts",
                Plays =
                [
                    P("low-b", PlayMetric.Conversion, "b", ComparisonOperator.Lt, 0.6, priority: 2),
                    P("first", PlayMetric.Conversion, "a", ComparisonOperator.Lt, 2),   // a's conversion is null: never fires
                    P("reach-c", PlayMetric.Reach, "c", ComparisonOperator.Ge, 1, priority: 1),
                    P("reach-d", PlayMetric.Reach, "d", ComparisonOperator.Gt, 0),      // reach of d is 0: does not hold
                ],
            },
        ],
    };

    [Fact]
    public void Analyze_FiresConversionAndReachPlays_OnTheWholeJourneysFigures()
    {
        // x: a, b, c; y: a only. b's conversion 1/2 = 0.5 < 0.6; reach c = 1.
        var report = new JourneyAnalyzer().Analyze(MapWithPlays, [E("x", "a1", 0), E("x", "b1", 1), E("x", "c1", 2), E("y", "a1", 0)]);

        Assert.Equal(
            [
                new FiredPlay { PlaybookId = "funnel", PlayId = "reach-c", Priority = 1, Value = 1 },
                new FiredPlay { PlaybookId = "funnel", PlayId = "low-b", Priority = 2, Value = 0.5 },
            ],
            report.FiredPlays);
        Assert.Contains("\"playId\": \"reach-c\"", AnalyticsReportJson.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AStageOutsideTheFunnelHasNoConversion_SoItsPlayDoesNotFire()
    {
        var report = new JourneyAnalyzer().Analyze(MapWithPlays, [E("x", "a1", 0), E("y", "a1", 0), E("x", "b1", 1)], new AnalyticsOptions { FunnelStageIds = ["a", "c"] });

        Assert.DoesNotContain(report.FiredPlays, p => p.PlayId == "low-b");
    }

    [Fact]
    public void Validation_AcceptsThemOnAStage_AndRefusesATouchpoint()
    {
        var valid = new JourneyValidator().Validate(MapWithPlays);
        Assert.DoesNotContain(valid.Issues, i => i.Path.Contains("playbooks", StringComparison.Ordinal));

        var onTouchpoint = MapWithPlays with { Playbooks = [new Playbook { Id = "p", Name = "P", Plays = [P("t", PlayMetric.Reach, "a1", ComparisonOperator.Gt, 0)] }] };
        var issue = Assert.Single(new JourneyValidator().Validate(onTouchpoint).Issues, i => i.Path.Contains("playbooks", StringComparison.Ordinal));
        Assert.Contains("which is what metric 'reach' reads", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_IgnoresThem()
    {
        var report = new JourneyScorer().Score(MapWithPlays);

        Assert.Empty(report.FiredPlays);
    }
}
