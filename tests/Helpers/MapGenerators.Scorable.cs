using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using Outcome = JourneyKit.Model.Outcome;

namespace JourneyKit.Tests.Helpers;

internal static partial class MapGenerators
{
    /// <summary>
    /// Valid maps for the scoring laws, with small numbers whose sums stay exact: emotions in half
    /// steps of −3..3, answer counts 0–5 (a fifth of them all zero), persona ids <c>p0</c>–<c>p2</c>,
    /// 1–3 stages of 0–4 touchpoints, outcomes, KPIs with measurements and one competitor.
    /// (Was <c>Scoring/MapGenerators</c>.)
    /// </summary>
    public static class Scorable
    {
        private static readonly string[] PersonaIds = ["p0", "p1", "p2"];

        private static Gen<double> Emotion => Gen.Choose(-6, 6).Select(h => h / 2.0);

        private static Gen<long[]> Counts(int width) =>
            Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5), width).Select(c => n == 0 ? new long[width] : c.Select(x => (long)x).ToArray()));

        private static Gen<Persona> Persona(int i) =>
            Gen.Elements(0.0, 0.5, 1, 2).Select(w => new Persona { Id = PersonaIds[i], Name = PersonaIds[i], Weight = w });

        private static Gen<Touchpoint> Touchpoint(string id, int personaCount) =>
            from emotion in OptionalValue(Emotion)
            from listed in Gen.SubListOf(PersonaIds.Take(personaCount))
            from overridden in Gen.SubListOf(PersonaIds.Take(personaCount))
            from overrides in Gen.ArrayOf(Emotion, 3)
            from nps in Optional(Counts(11))
            from csat in Optional(Counts(5))
            from ces in Optional(Counts(7))
            from process in OptionalValue(Gen.Choose(0, 30).Select(x => (double)x))
            from wait in OptionalValue(Gen.Choose(0, 30).Select(x => (double)x))
            from valueAdding in Gen.Elements<bool?>(null, true, false)
            from owner in Gen.Elements<string?>(null, "sales", "support")
            from initiator in Gen.Elements<Initiator?>(null, Initiator.Customer, Initiator.Company)
            select new Touchpoint
            {
                Id = id,
                Name = id,
                Emotion = emotion,
                PersonaIds = [.. listed],
                EmotionsByPersona = overridden.Select((p, k) => (p, overrides[k])).ToDictionary(x => x.p, x => x.Item2),
                Responses = nps is null && csat is null && ces is null ? null : new SurveyResponses { Nps = nps, Csat = csat, Ces = ces },
                ProcessMinutes = process,
                WaitMinutes = wait,
                ValueAdding = valueAdding,
                Owner = owner,
                Initiator = initiator,
            };

        private static Gen<Stage> Stage(int s, int personaCount) =>
            Gen.Choose(0, 4).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), j => Touchpoint($"t{s}-{j}", personaCount)))
                .Select(tps => new Stage { Id = $"s{s}", Name = $"S{s}", Touchpoints = tps });

        private static Gen<Outcome> OutcomeOf(int i, int stageCount) =>
            from importance in Gen.Choose(0, 20)
            from satisfaction in Gen.Choose(0, 20)
            from fromResponses in Gen.Elements(false, false, true)
            from counts in Counts(5)
            select new Outcome
            {
                Id = $"o{i}",
                Statement = $"O{i}",
                StageId = $"s{i % stageCount}",
                Importance = fromResponses ? null : importance / 2.0,
                ImportanceResponses = fromResponses ? counts : null,
                Satisfaction = satisfaction / 2.0,
            };

        private static Gen<Measurement> Measurement =>
            from day in Gen.Choose(0, 60)
            from value in Gen.Choose(0, 100)
            select new Measurement { At = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day), Value = value };

        private static Gen<Kpi> Kpi(int i) =>
            from calculator in Gen.Elements("latest", "mean", "nps", "csat", "ces", "leadTime", "pce")
            from measurements in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Measurement, n))
            from baseline in OptionalValue(Gen.Choose(0, 100).Select(x => (double)x))
            from target in OptionalValue(Gen.Choose(0, 100).Select(x => (double)x))
            from direction in Gen.Elements(KpiDirection.HigherIsBetter, KpiDirection.LowerIsBetter)
            select new Kpi { Id = $"k{i}", Name = $"K{i}", Calculator = calculator, Measurements = measurements, Baseline = baseline, Target = target, Direction = direction };

        /// <summary>A valid map of 0–3 personas, 1–3 stages of 0–4 touchpoints, outcomes, KPIs and a competitor.</summary>
        public static Gen<JourneyMap> Map =>
            from personaCount in Gen.Choose(0, 3)
            from personas in Gen.CollectToArray(Enumerable.Range(0, personaCount), Persona)
            from stageCount in Gen.Choose(1, 3)
            from stages in Gen.CollectToArray(Enumerable.Range(0, stageCount), s => Stage(s, personaCount))
            from outcomeCount in Gen.Choose(0, 5)
            from outcomes in Gen.CollectToArray(Enumerable.Range(0, outcomeCount), i => OutcomeOf(i, stageCount))
            from kpiCount in Gen.Choose(0, 3)
            from kpis in Gen.CollectToArray(Enumerable.Range(0, kpiCount), Kpi)
            from competitorScore in Gen.Choose(0, 100)
            select new JourneyMap
            {
                Id = "generated",
                Name = "Generated",
                Personas = personas,
                Stages = stages,
                Outcomes = outcomes,
                Kpis = kpis,
                Competitors = [new Competitor { Id = "c", Name = "C", StageScores = new Dictionary<string, double> { ["s0"] = competitorScore } }],
            };
    }
}
