using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Scoring;

/// <summary>Laws of the scoring formulas, checked with FsCheck over generated valid maps.</summary>
public class JourneyScorerProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly JourneyScorer Scorer = new();

    private static IEnumerable<double?> AllScores(JourneyScoreReport r) =>
        r.Touchpoints.Select(t => t.Score)
            .Concat(r.Stages.Select(s => s.Score))
            .Concat(r.Personas.Select(p => p.Score))
            .Append(r.JourneyScore);

    /// <summary>A map and a way to raise one touchpoint's emotion: the plain emotion or one persona's override.</summary>
    private static Gen<(JourneyMap Before, JourneyMap After)> RaisedEmotion =>
        from map in MapGenerators.Scorable.Map.Where(m => m.Stages.Any(s => s.Touchpoints.Any(t => t.Emotion is not null || t.EmotionsByPersona.Count > 0)))
        from pick in Gen.Choose(0, 1000)
        from raise in Gen.Choose(1, 12)
        select (map, Raise(map, pick, raise / 2.0));

    private static JourneyMap Raise(JourneyMap map, int pick, double by)
    {
        var candidates = map.Stages.SelectMany((s, si) => s.Touchpoints.Select((t, ti) => (si, ti, t)))
            .Where(x => x.t.Emotion is not null || x.t.EmotionsByPersona.Count > 0).ToList();
        var (stage, index, touchpoint) = candidates[pick % candidates.Count];
        var keys = touchpoint.EmotionsByPersona.Keys.Order(StringComparer.Ordinal).ToList();
        var choice = pick / candidates.Count % (keys.Count + (touchpoint.Emotion is null ? 0 : 1));
        Touchpoint raised;
        if (choice < keys.Count)
        {
            var overrides = touchpoint.EmotionsByPersona.ToDictionary();
            overrides[keys[choice]] = Math.Min(3, overrides[keys[choice]] + by);
            raised = touchpoint with { EmotionsByPersona = overrides };
        }
        else
        {
            raised = touchpoint with { Emotion = Math.Min(3, touchpoint.Emotion!.Value + by) };
        }

        var touchpoints = map.Stages[stage].Touchpoints.ToArray();
        touchpoints[index] = raised;
        var stages = map.Stages.ToArray();
        stages[stage] = stages[stage] with { Touchpoints = touchpoints };
        return map with { Stages = stages };
    }

    [Fact]
    public void RaisingOneEmotion_NeverLowersAnyScore()
    {
        var property = Prop.ForAll(RaisedEmotion.ToArbitrary(), pair =>
        {
            var before = AllScores(Scorer.Score(pair.Before)).ToList();
            var after = AllScores(Scorer.Score(pair.After)).ToList();
            return before.Zip(after).All(x => x.First is null ? x.Second is null : x.Second is { } a && a >= x.First.Value);
        });
        Check.One(Config, property);
    }

    [Fact]
    public void ReorderingMeasurementsAndOutcomes_NeverChangesTheReport()
    {
        var gen =
            from map in MapGenerators.Scorable.Map
            from outcomes in Gen.Shuffle(map.Outcomes.ToArray())
            from kpis in Gen.CollectToArray(map.Kpis, k => Gen.Shuffle(k.Measurements.ToArray()).Select(m => k with { Measurements = m }))
            select (Before: map, After: map with { Outcomes = outcomes, Kpis = kpis });
        var property = Prop.ForAll(gen.ToArbitrary(), pair =>
            ScoreReportJson.Write(Scorer.Score(pair.Before)) == ScoreReportJson.Write(Scorer.Score(pair.After)));
        Check.One(Config, property);
    }

    [Fact]
    public void Scores_AreWithin0And100()
    {
        var property = Prop.ForAll(MapGenerators.Scorable.Map.ToArbitrary(), map =>
        {
            var report = Scorer.Score(map);
            return AllScores(report).Concat(report.Benchmarks.Select(b => b.Score)).All(s => s is null || s is >= 0 and <= 100);
        });
        Check.One(Config, property);
    }

    [Fact]
    public void TouchpointScore_UsesTheJourneyWideEmotion_OfPersonaEmotions()
    {
        var property = Prop.ForAll(MapGenerators.Scorable.Map.ToArbitrary(), map =>
        {
            var report = Scorer.Score(map);
            var touchpoints = map.Stages.SelectMany(s => s.Touchpoints).ToList();
            return touchpoints.Select((t, i) =>
                ExperienceScore.Of(PersonaEmotions.JourneyWide(map.Personas, t), report.Touchpoints[i].Nps?.Value, report.Touchpoints[i].Csat?.Value, report.Touchpoints[i].Ces?.Value)
                == report.Touchpoints[i].Score).All(x => x);
        });
        Check.One(Config, property);
    }

    [Fact]
    public void Report_WritesNoNaNOrInfinity_AndReadsBack()
    {
        var property = Prop.ForAll(MapGenerators.Scorable.Map.ToArbitrary(), map =>
        {
            var json = ScoreReportJson.Write(Scorer.Score(map));
            return ScoreReportJson.Write(ScoreReportJson.Read(json)) == json;
        });
        Check.One(Config, property);
    }
}
