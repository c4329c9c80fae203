using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class PainPointsWorstFirstTests
{
    private static TouchpointScore Row(string id, double? score) =>
        new() { TouchpointId = id, StageId = "s", Score = score, Nps = null, Csat = null, Ces = null };

    private static TouchpointFinding Pain(string id, params FindingReason[] reasons) =>
        new() { TouchpointId = id, Reasons = reasons, PersonaIds = [] };

    private static JourneyScoreReport Report(IReadOnlyList<TouchpointScore> rows, IReadOnlyList<TouchpointFinding> pains) => new()
    {
        MapId = "m",
        JourneyScore = null,
        Personas = [],
        Stages = [],
        Touchpoints = rows,
        PainPoints = pains,
        Delights = [],
        Outcomes = [],
        ValueStream = new()
        {
            LeadTimeMinutes = null, ValueAddedMinutes = null, ProcessCycleEfficiency = null, RolledCompleteAccurate = null,
            BottleneckTouchpointId = null, WasteTouchpointIds = [], Handoffs = 0,
        },
        CustomerInitiatedShare = null,
        Kpis = [],
        Benchmarks = [],
        Backlog = [],
        FiredPlays = [],
    };

    [Fact]
    public void MostReasonsFirst_ThenLowestScore_MissingScoreLast_ThenJourneyOrder()
    {
        // Journey order a..g. Worked by hand:
        //   3 reasons: c (score 60)                          -> c
        //   2 reasons: b (40), e (20), g (no score)          -> e, b, g
        //   1 reason:  a (no row), d (30), f (30), h (10)    -> h, d, f (tie kept in journey order), a (no row: last)
        var rows = new[] { Row("b", 40), Row("c", 60), Row("d", 30), Row("e", 20), Row("f", 30), Row("g", null), Row("h", 10) };
        var pains = new[]
        {
            Pain("a", FindingReason.LowEmotion),
            Pain("b", FindingReason.LowEmotion, FindingReason.HighEffort),
            Pain("c", FindingReason.LowEmotion, FindingReason.HighEffort, FindingReason.LowSatisfaction),
            Pain("d", FindingReason.HighEffort),
            Pain("e", FindingReason.EmotionDrop, FindingReason.DetractorHeavy),
            Pain("f", FindingReason.LowSatisfaction),
            Pain("g", FindingReason.HighEffort, FindingReason.LowSatisfaction),
            Pain("h", FindingReason.DetractorHeavy),
        };
        var report = Report(rows, pains);

        var order = report.PainPointsWorstFirst().Select(static p => p.TouchpointId);

        Assert.Equal(["c", "e", "b", "g", "h", "d", "f", "a"], order);
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], report.PainPoints.Select(static p => p.TouchpointId)); // untouched
    }

    [Fact]
    public void NoPainPoints_IsEmpty() => Assert.Empty(Report([Row("a", 10)], []).PainPointsWorstFirst());
}
