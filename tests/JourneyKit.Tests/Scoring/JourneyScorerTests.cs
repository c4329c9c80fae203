using JourneyKit.Kpis;
using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

/// <summary>The retail map of <see cref="TestMaps"/>, every figure worked out by hand.</summary>
public class JourneyScorerTests
{
    // Signals, mapped to 0..100:
    // t1: NPS counts → P = 8/10, D = 2/10, NPS 60 → 80; emotions alice 1, bob −2.
    // t2: CSAT counts [1,1,0,1,1] → 2 of 4 → 50; no emotion; alice only.
    // t3: CES ratings 5,5,6,6 → mean 5.5 → (7 − 5.5)/6·100 = 25; emotion −1 for both.
    // t4: emotion alice 3, bob 0; t5: nothing.
    private static double E(double emotion) => (emotion + 3) / 6 * 100;

    private static readonly double T1 = (E(-0.5) + 80) / 2;          // journey-wide emotion (1 + −2)/2
    private static readonly double T3 = (E(-1) + 25) / 2;
    private static readonly double T4 = E(1.5);                      // (3 + 0)/2
    private static readonly double Discover = (T1 + 50) / 2;
    private static readonly double Buy = (T3 + T4) / 2;
    private static readonly double Alice = (((E(1) + 80) / 2 + 50) / 2 + (T3 + E(3)) / 2) / 2;
    private static readonly double Bob = ((E(-2) + 80) / 2 + (T3 + E(0)) / 2) / 2;

    private readonly JourneyScoreReport _report = new JourneyScorer().Score(TestMaps.Retail);

    [Fact]
    public void Score_Touchpoints_UseJourneyWideEmotion()
    {
        Assert.Equal(["t1", "t2", "t3", "t4", "t5"], _report.Touchpoints.Select(t => t.TouchpointId));
        Assert.Equal(["discover", "discover", "buy", "buy", "after"], _report.Touchpoints.Select(t => t.StageId));
        Near.Equal(T1, _report.Touchpoints[0].Score);
        Near.Equal(50, _report.Touchpoints[1].Score);
        Near.Equal(T3, _report.Touchpoints[2].Score);
        Near.Equal(75, _report.Touchpoints[3].Score);
        Assert.Null(_report.Touchpoints[4].Score);
    }

    [Fact]
    public void Score_TouchpointSurveyFigures()
    {
        var t1 = _report.Touchpoints[0];
        Near.Equal(60, t1.Nps?.Value);
        Assert.Equal(10, t1.Nps?.N);
        Assert.Null(t1.Csat);
        Assert.Null(t1.Ces);
        Near.Equal(50, _report.Touchpoints[1].Csat?.Value);
        Near.Equal(5.5, _report.Touchpoints[2].Ces?.Value);
        Assert.Equal(4, _report.Touchpoints[2].Ces?.N);
    }

    [Fact]
    public void Score_Stages()
    {
        Assert.Equal(["discover", "buy", "after"], _report.Stages.Select(s => s.StageId));
        Near.Equal(Discover, _report.Stages[0].Score);
        Near.Equal(Buy, _report.Stages[1].Score);
        Assert.Null(_report.Stages[2].Score);
        Assert.Equal(_report.Touchpoints[0].Nps, _report.Stages[0].Nps);
        Assert.Equal(_report.Touchpoints[1].Csat, _report.Stages[0].Csat);
        Assert.Null(_report.Stages[0].Ces);
        Assert.Equal(_report.Touchpoints[2].Ces, _report.Stages[1].Ces);
        Assert.Null(_report.Stages[2].Nps);
    }

    [Fact]
    public void Score_StageSurveyFigures_MergeTheTouchpointsTallies()
    {
        var map = TestMaps.Single(
        [
            TestMaps.Tp("a") with { Responses = new SurveyResponses { Nps = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], Csat = [0, 0, 0, 0, 2] } },
            TestMaps.Tp("b") with { Responses = new SurveyResponses { Nps = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], Ces = [1, 0, 0, 0, 0, 0, 0] } },
            TestMaps.Tp("c"),
        ]);

        var stage = new JourneyScorer().Score(map).Stages[0];

        // NPS: 1 detractor and 3 promoters of 4 → 100·(3/4 − 1/4) = 50; CSAT 2 of 2; CES one answer of 1.
        Near.Equal(50, stage.Nps?.Value);
        Assert.Equal(4, stage.Nps?.N);
        Assert.Equal(NpsTally.FromCounts([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]).Estimate(), stage.Nps);
        Assert.Equal(new SurveyEstimate(100, CsatTally.FromCounts([0, 0, 0, 0, 2]).Estimate()!.Value.Low, 100, 2), stage.Csat);
        Assert.Equal(new SurveyEstimate(1, 1, 1, 1), stage.Ces);
    }

    [Fact]
    public void Score_StageValueStreams()
    {
        var discover = _report.Stages[0].ValueStream;
        Near.Equal(8, discover.LeadTimeMinutes);            // 2 + 0 + 1 + 5
        Near.Equal(2, discover.ValueAddedMinutes);
        Near.Equal(0.25, discover.ProcessCycleEfficiency);
        Near.Equal(0.9, discover.RolledCompleteAccurate);
        Assert.Equal("t2", discover.BottleneckTouchpointId);
        Assert.Equal(["t2"], discover.WasteTouchpointIds);
        Assert.Equal(0, discover.Handoffs);                 // marketing → marketing

        var buy = _report.Stages[1].ValueStream;
        Near.Equal(8, buy.LeadTimeMinutes);                 // t4 states no minutes
        Near.Equal(3, buy.ValueAddedMinutes);
        Near.Equal(0.375, buy.ProcessCycleEfficiency);
        Near.Equal(0.8, buy.RolledCompleteAccurate);
        Assert.Equal("t3", buy.BottleneckTouchpointId);
        Assert.Empty(buy.WasteTouchpointIds);
        Assert.Equal(1, buy.Handoffs);                      // sales → support
    }

    [Fact]
    public void Score_StageWithoutTimings_HasNoLeadTimeValueAddedOrPce()
    {
        var after = _report.Stages[2].ValueStream;
        Assert.Null(after.LeadTimeMinutes);
        Assert.Null(after.ValueAddedMinutes);
        Assert.Null(after.ProcessCycleEfficiency);
        Assert.Null(after.RolledCompleteAccurate);
        Assert.Null(after.BottleneckTouchpointId);
        Assert.Empty(after.WasteTouchpointIds);
        Assert.Equal(0, after.Handoffs);
    }

    [Fact]
    public void Score_JourneyValueStream_CrossesStages()
    {
        var stream = _report.ValueStream;
        Near.Equal(16, stream.LeadTimeMinutes);
        Near.Equal(5, stream.ValueAddedMinutes);
        Near.Equal(5.0 / 16, stream.ProcessCycleEfficiency);
        Near.Equal(0.9 * 0.8, stream.RolledCompleteAccurate);
        Assert.Equal("t2", stream.BottleneckTouchpointId); // t2 and t3 both wait 5: the earliest
        Assert.Equal(["t2"], stream.WasteTouchpointIds);
        Assert.Equal(2, stream.Handoffs);                   // marketing → sales, sales → support; t5 states no owner
    }

    [Fact]
    public void Score_Personas()
    {
        Assert.Equal(["alice", "bob"], _report.Personas.Select(p => p.PersonaId));
        Near.Equal(Alice, _report.Personas[0].Score);
        Near.Equal(Bob, _report.Personas[1].Score);
        Near.Equal((3 + 3) / 2.0, _report.Personas[0].PeakEnd);   // 1, −1, 3: peak 3, end 3
        Near.Equal((-2 + 0) / 2.0, _report.Personas[1].PeakEnd);  // −2, −1, 0: peak −2, end 0
    }

    [Fact]
    public void Score_Journey_IsTheWeightedMeanOfPersonaScores()
    {
        Near.Equal((3 * Alice + 1 * Bob) / 4, _report.JourneyScore);
        Near.Equal(58.333333333333336, _report.JourneyScore); // the same, worked out on paper: (3·63.125 + 43.958…)/4
    }

    [Fact]
    public void Score_PainPoints()
    {
        Assert.Collection(
            _report.PainPoints,
            p =>
            {
                Assert.Equal("t1", p.TouchpointId);
                Assert.Equal([FindingReason.LowEmotion], p.Reasons);
                Assert.Equal(["bob"], p.PersonaIds);
            },
            p =>
            {
                // alice: 1 at t1, none at t2, −1 at t3: a fall of 2 across the touchpoint without emotion.
                Assert.Equal("t3", p.TouchpointId);
                Assert.Equal([FindingReason.LowEmotion, FindingReason.EmotionDrop, FindingReason.HighEffort], p.Reasons);
                Assert.Equal(["alice", "bob"], p.PersonaIds);
            });
    }

    [Fact]
    public void Score_Delights()
    {
        Assert.Collection(
            _report.Delights,
            d =>
            {
                Assert.Equal("t1", d.TouchpointId);
                Assert.Equal([FindingReason.PromoterHeavy], d.Reasons); // NPS 60 ≥ 50
                Assert.Empty(d.PersonaIds);
            },
            d =>
            {
                Assert.Equal("t4", d.TouchpointId);
                Assert.Equal([FindingReason.HighEmotion], d.Reasons);
                Assert.Equal(["alice"], d.PersonaIds);
            });
    }

    [Fact]
    public void Score_Outcomes_ByOpportunityThenId()
    {
        Assert.Equal(["o-aa", "o-b", "o-c", "o-a", "o-d"], _report.Outcomes.Select(o => o.OutcomeId));
        var c = _report.Outcomes[2];
        Near.Equal(7.5, c.Importance);                       // (1 + 2)/4 · 10
        Near.Equal(10, c.Opportunity);                       // 7.5 + 2.5
        Assert.Equal(OutcomeClassification.Underserved, c.Classification);
        Near.Equal(13, _report.Outcomes[0].Opportunity);
        Assert.Equal(OutcomeClassification.Overserved, _report.Outcomes[3].Classification);
        Near.Equal(6, _report.Outcomes[3].Opportunity);
        Assert.Equal(OutcomeClassification.AppropriatelyServed, _report.Outcomes[4].Classification);
    }

    [Fact]
    public void Score_CustomerInitiatedShare()
    {
        Near.Equal(2.0 / 3, _report.CustomerInitiatedShare);
    }

    [Fact]
    public void Score_Kpis()
    {
        var k = _report.Kpis.ToDictionary(r => r.KpiId);
        Assert.Equal(["k1", "k2", "k3", "k4", "k5", "k6", "k7"], _report.Kpis.Select(r => r.KpiId));

        // k1: newest of out-of-order measurements is 30; (30 − 20)/(40 − 20); slope over days 0,1,2 of 20,28,30 = 10/2.
        Near.Equal(30, k["k1"].Value);
        Near.Equal(0.5, k["k1"].Attainment);
        Assert.Equal(KpiStatus.Amber, k["k1"].Status);
        Near.Equal(5, k["k1"].SlopePerDay);
        Assert.Equal(KpiTrend.Improving, k["k1"].Trend);

        // k2: mean 17.5, lower is better, no baseline → 10/17.5; falling 5 over 10 days is improving.
        Near.Equal(17.5, k["k2"].Value);
        Near.Equal(10 / 17.5, k["k2"].Attainment);
        Assert.Equal(KpiStatus.Amber, k["k2"].Status);
        Near.Equal(-0.5, k["k2"].SlopePerDay);
        Assert.Equal(KpiTrend.Improving, k["k2"].Trend);

        // k3: lead time of stage buy 8 ≤ 10 → met.
        Near.Equal(8, k["k3"].Value);
        Near.Equal(1, k["k3"].Attainment);
        Assert.Equal(KpiStatus.Green, k["k3"].Status);
        Assert.Null(k["k3"].SlopePerDay);
        Assert.Equal(KpiTrend.Flat, k["k3"].Trend);

        // k4: NPS of t1 60, baseline 80, target 90 → clamp(−2) = 0.
        Near.Equal(60, k["k4"].Value);
        Near.Equal(0, k["k4"].Attainment);
        Assert.Equal(KpiStatus.Red, k["k4"].Status);

        // k5: no measurement → no value.
        Assert.Null(k["k5"].Value);
        Near.Equal(5, k["k5"].Target);
        Assert.Null(k["k5"].Attainment);
        Assert.Equal(KpiStatus.Unknown, k["k5"].Status);

        // k6: bob meets t1, t3, t4, t5; only t3 has CES answers; no target → unknown.
        Near.Equal(5.5, k["k6"].Value);
        Assert.Null(k["k6"].Target);
        Assert.Equal(KpiStatus.Unknown, k["k6"].Status);

        // k7: PCE 5/16, baseline = target 0.5 → 0.3125/0.5.
        Near.Equal(5.0 / 16, k["k7"].Value);
        Near.Equal(0.625, k["k7"].Attainment);
    }

    [Fact]
    public void Score_Benchmarks()
    {
        Assert.Collection(
            _report.Benchmarks,
            b =>
            {
                Assert.Equal("discover", b.StageId);
                Assert.Equal("acme", b.BestCompetitorId); // acme and beta both 70: the first in file order
                Assert.Equal(70, b.BestScore);
                Near.Equal(Discover - 70, b.Gap);
                Assert.Equal(BenchmarkPosition.Behind, b.Position);
            },
            b =>
            {
                Assert.Equal("buy", b.StageId);
                Near.Equal(Buy - 40, b.Gap);
                Assert.Equal(BenchmarkPosition.Leading, b.Position);
            },
            b =>
            {
                Assert.Equal("after", b.StageId);
                Assert.Equal("beta", b.BestCompetitorId);
                Assert.Null(b.Score);
                Assert.Null(b.Gap);
                Assert.Null(b.Position);
            });
    }

    [Fact]
    public void Score_Backlog_TiedRiceRanksById()
    {
        Assert.Equal(["op-b", "op-x", "op-a"], _report.Backlog.Select(b => b.OpportunityId));
        Assert.Equal([500.0, 500.0, 300.0], _report.Backlog.Select(b => b.Rice));
        Assert.Equal([1, 2, 3], _report.Backlog.Select(b => b.Rank));
    }

    [Fact]
    public void Score_FiredPlays_ByPriorityThenFileOrder()
    {
        Assert.Equal(
            [("pb1", "p-d", (int?)1), ("pb2", "p-f", 1), ("pb1", "p-a", 2), ("pb2", "p-e", 2), ("pb2", "p-i", 3), ("pb1", "p-c", null)],
            _report.FiredPlays.Select(f => (f.PlaybookId, f.PlayId, f.Priority)));
        var values = _report.FiredPlays.ToDictionary(f => f.PlayId, f => f.Value);
        Near.Equal(-0.5, values["p-d"]);   // t1's journey-wide emotion
        Near.Equal(0.5, values["p-f"]);
        Near.Equal(60, values["p-a"]);
        Near.Equal((3 * Alice + Bob) / 4, values["p-e"]);
        Near.Equal(50, values["p-i"]);
        Near.Equal(5.5, values["p-c"]);    // stage buy's CES
    }

    [Fact]
    public void Score_MapId()
    {
        Assert.Equal("retail", _report.MapId);
    }
}

public class JourneyScorerErrorTests
{
    [Fact]
    public void Score_Null_Throws() => Assert.Throws<ArgumentNullException>("map", () => new JourneyScorer().Score(null!));

    [Fact]
    public void Score_MalformedCounts_ThrowsNamingThePath()
    {
        var map = TestMaps.Retail;
        var stages = map.Stages.ToArray();
        var buy = stages[1].Touchpoints.ToArray();
        buy[1] = buy[1] with { Responses = new SurveyResponses { Csat = [1, 2, 3] } };
        stages[1] = stages[1] with { Touchpoints = buy };

        // Unvalidated (the default scorer refuses such a map before scoring it): the scorer's own guard.
        var e = Assert.Throws<InvalidOperationException>(() => new JourneyScorer(new ScoringOptions { ValidateMap = false }).Score(map with { Stages = stages }));

        Assert.Equal(
            "$.stages[1].touchpoints[1].responses.csat: cannot score the answer counts: CSAT counts should have exactly 5 numbers (ratings 1..5); got 3. Validate the map before scoring it.",
            e.Message);
    }

    [Fact]
    public void Kpi_MalformedCountsInScope_ThrowsNamingThePath()
    {
        var map = TestMaps.Single([TestMaps.Tp("a") with { Responses = new SurveyResponses { Nps = [1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0] } }]);
        var kpi = new Kpi { Id = "k", Name = "K", Calculator = "nps" };

        var e = Assert.Throws<InvalidOperationException>(() => new NpsKpiCalculator().Calculate(new KpiContext(map, kpi)));

        Assert.Equal("$.stages[0].touchpoints[0].responses.nps: cannot score the answer counts: count 1 is -1; counts must not be negative. Validate the map before scoring it.", e.Message);
    }

    [Fact]
    public void Score_MalformedOutcomeResponses_ThrowsNamingThePath()
    {
        var map = TestMaps.Single([TestMaps.Tp("a")]) with
        {
            Outcomes = [new Outcome { Id = "o", Statement = "O", ImportanceResponses = [1, 2], Satisfaction = 3 }],
        };

        var e = Assert.Throws<InvalidOperationException>(() => new JourneyScorer(new ScoringOptions { ValidateMap = false }).Score(map));

        Assert.Equal("$.outcomes[0]: cannot score the outcome: Rating counts must be exactly 5 numbers (ratings 1..5); found 2. Validate the map before scoring it.", e.Message);
    }
}
