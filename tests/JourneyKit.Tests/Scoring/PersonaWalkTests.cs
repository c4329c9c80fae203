using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

/// <summary>Per-persona figures (scores, peak–end, emotion reasons) in the corner cases, through <see cref="JourneyScorer"/>.</summary>
public class PersonaWalkTests
{
    private static double E(double emotion) => (emotion + 3) / 6 * 100;

    private static JourneyScoreReport Score(JourneyMap map) => Unvalidated.Scorer.Score(map); // some maps here are invalid on purpose (emotions of unknown personas)

    [Fact]
    public void NoPersonas_UsesPlainEmotion_AndFindingsNameNoPersona()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "M",
            Stages =
            [
                new Stage { Id = "s1", Name = "S1", Touchpoints = [TestMaps.Tp("a", 2), TestMaps.Tp("b") with { EmotionsByPersona = new Dictionary<string, double> { ["ghost"] = -3 } }] },
                new Stage { Id = "s2", Name = "S2", Touchpoints = [TestMaps.Tp("c", -1), TestMaps.Tp("d", 1)] },
            ],
        };

        var report = Score(map);

        Assert.Empty(report.Personas);
        Near.Equal(E(2), report.Touchpoints[0].Score);
        Assert.Null(report.Touchpoints[1].Score); // overrides for unknown personas are ignored
        Near.Equal((E(2) + (E(-1) + E(1)) / 2) / 2, report.JourneyScore); // mean of the stage scores
        var pain = Assert.Single(report.PainPoints);
        Assert.Equal("c", pain.TouchpointId);
        Assert.Equal([FindingReason.LowEmotion, FindingReason.EmotionDrop], pain.Reasons); // 2 → (none) → −1
        Assert.Empty(pain.PersonaIds);
        var delight = Assert.Single(report.Delights);
        Assert.Equal("a", delight.TouchpointId);
        Assert.Empty(delight.PersonaIds);
    }

    [Fact]
    public void PersonaWeightsAllZero_JourneyScoreIsTheMeanOfStageScores()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "M",
            Personas = [new Persona { Id = "p", Name = "P", Weight = 0 }, new Persona { Id = "q", Name = "Q", Weight = 0 }],
            Stages =
            [
                new Stage { Id = "s1", Name = "S1", Touchpoints = [TestMaps.Tp("a", -3) with { PersonaIds = ["p"] }] },
                new Stage { Id = "s2", Name = "S2", Touchpoints = [TestMaps.Tp("b", -3), TestMaps.Tp("c", 0)] },
            ],
        };

        var report = Score(map);

        Near.Equal((0 + 25) / 2.0, report.Personas[0].Score);  // p: stage means 0 and (0 + 50)/2
        Near.Equal(25, report.Personas[1].Score);              // q meets s2 only
        Near.Equal((0 + 25) / 2.0, report.JourneyScore);       // stage scores 0 and 25, not the personas' 18.75
    }

    [Fact]
    public void PersonaMeetingNoTouchpoint_HasNoScore_AndDoesNotWeighOnTheJourney()
    {
        var map = new JourneyMap
        {
            Id = "m",
            Name = "M",
            Personas = [new Persona { Id = "p", Name = "P", Weight = 1 }, new Persona { Id = "lonely", Name = "L", Weight = 100 }],
            Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [TestMaps.Tp("a", 1) with { PersonaIds = ["p"] }] }],
        };

        var report = Score(map);

        Assert.Null(report.Personas[1].Score);
        Assert.Null(report.Personas[1].PeakEnd);
        Near.Equal(E(1), report.JourneyScore);
    }

    [Fact]
    public void PersonaScore_IsTheMeanOfStageMeans_NotOfTouchpoints()
    {
        var persona = new Persona { Id = "p", Name = "P" };
        var map = new JourneyMap
        {
            Id = "m",
            Name = "M",
            Personas = [persona],
            Stages =
            [
                new Stage { Id = "s1", Name = "S1", Touchpoints = [TestMaps.Tp("a", 3), TestMaps.Tp("b", 3), TestMaps.Tp("c", 3)] },
                new Stage { Id = "s2", Name = "S2", Touchpoints = [TestMaps.Tp("d", -3)] },
                new Stage { Id = "s3", Name = "S3", Touchpoints = [TestMaps.Tp("e")] }, // no scored touchpoint: not counted
            ],
        };

        Near.Equal((100 + 0) / 2.0, Score(map).Personas[0].Score); // not (3·100 + 0)/4
    }

    [Fact]
    public void JourneyWideEmotion_IsTheMeanOverPersonasWhoMeetTheTouchpoint()
    {
        var map = TestMaps.Single(
            [
                TestMaps.Tp("a", 0) with
                {
                    PersonaIds = ["p", "q"],
                    EmotionsByPersona = new Dictionary<string, double> { ["p"] = 3, ["r"] = -3 }, // r does not meet a
                },
            ],
            [new Persona { Id = "p", Name = "P" }, new Persona { Id = "q", Name = "Q" }, new Persona { Id = "r", Name = "R" }]);

        Near.Equal(E((3 + 0) / 2.0), Score(map).Touchpoints[0].Score);
    }

    [Fact]
    public void EmotionDrop_ComparesWithThePersonasPreviousEmotion_SkippingTouchpointsWithout()
    {
        var p = new Persona { Id = "p", Name = "P" };
        var q = new Persona { Id = "q", Name = "Q" };
        var map = TestMaps.Single(
            [
                TestMaps.Tp("a", 2),
                TestMaps.Tp("b") with { EmotionsByPersona = new Dictionary<string, double> { ["q"] = 1.5 } },
                TestMaps.Tp("c", 0),      // p: 2 → 0 is a drop of 2; q: 1.5 → 0 is not
                TestMaps.Tp("d", 1) with { PersonaIds = ["q"] },
                TestMaps.Tp("e", -1),     // p: 0 → −1 no drop but low; q: 1 → −1 drop and low
            ],
            [p, q]);

        var pains = Score(map).PainPoints;

        Assert.Equal(["c", "e"], pains.Select(x => x.TouchpointId));
        Assert.Equal([FindingReason.EmotionDrop], pains[0].Reasons);
        Assert.Equal(["p"], pains[0].PersonaIds);
        Assert.Equal([FindingReason.LowEmotion, FindingReason.EmotionDrop], pains[1].Reasons);
        Assert.Equal(["p", "q"], pains[1].PersonaIds);
    }

    [Fact]
    public void SurveyReasons_HoldAtTheirThresholds()
    {
        var map = TestMaps.Single(
        [
            // CES ratings all 5 → mean 5 (≥ 5); CSAT 1 of 3 → 33.3 (< 50); NPS one detractor → −100 (< 0).
            TestMaps.Tp("pain") with { Responses = new SurveyResponses { Ces = [0, 0, 0, 0, 3, 0, 0], Csat = [1, 1, 0, 1, 0], Nps = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] } },
            // CES 4, CSAT exactly 50, NPS exactly 0: none holds.
            TestMaps.Tp("fine") with { Responses = new SurveyResponses { Ces = [0, 0, 0, 1, 0, 0, 0], Csat = [1, 0, 0, 1, 0], Nps = [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] } },
            // NPS exactly 50 → promoterHeavy.
            TestMaps.Tp("promoted") with { Responses = new SurveyResponses { Nps = [0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0] } },
        ]);

        var report = Score(map);

        var pain = Assert.Single(report.PainPoints);
        Assert.Equal("pain", pain.TouchpointId);
        Assert.Equal([FindingReason.HighEffort, FindingReason.LowSatisfaction, FindingReason.DetractorHeavy], pain.Reasons);
        Assert.Empty(pain.PersonaIds);
        var delight = Assert.Single(report.Delights);
        Assert.Equal("promoted", delight.TouchpointId);
        Assert.Equal([FindingReason.PromoterHeavy], delight.Reasons);
    }

    [Fact]
    public void Options_MoveTheThresholds()
    {
        var map = TestMaps.Single([TestMaps.Tp("a", -0.5), TestMaps.Tp("b", 1.5)]);
        var options = new ScoringOptions { PainEmotionThreshold = -0.5, HighEmotionThreshold = 1.5 };

        var report = Unvalidated.ScorerWith(options).Score(map);

        Assert.Equal("a", Assert.Single(report.PainPoints).TouchpointId);
        Assert.Equal("b", Assert.Single(report.Delights).TouchpointId);
        Assert.Empty(Score(map).PainPoints);
        Assert.Empty(Score(map).Delights);
    }

    [Fact]
    public void PeakEnd_PerPersona_UsesThePersonasEmotions()
    {
        var map = TestMaps.Single(
            [
                TestMaps.Tp("a", 2) with { EmotionsByPersona = new Dictionary<string, double> { ["q"] = -2 } },
                TestMaps.Tp("b", -2),
                TestMaps.Tp("c", 1),
            ],
            [new Persona { Id = "p", Name = "P" }, new Persona { Id = "q", Name = "Q" }]);

        var personas = Score(map).Personas;

        Near.Equal((2 + 1) / 2.0, personas[0].PeakEnd);  // |2| = |−2|: the earliest, 2
        Near.Equal((-2 + 1) / 2.0, personas[1].PeakEnd); // −2 first
    }
}
