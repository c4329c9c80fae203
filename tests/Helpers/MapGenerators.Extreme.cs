using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using Outcome = JourneyKit.Model.Outcome;

namespace JourneyKit.Tests.Helpers;

internal static partial class MapGenerators
{
    /// <summary>
    /// Type-correct maps with extreme values, for the law "valid ⇒ scores, renders and compares
    /// with finite numbers": every number is drawn from the edges of its range and just beyond
    /// (0, −0, 5e-324, 1e-300, the format's limits 10^15 and 2^53, 10^18, long.MaxValue, 1e308, NaN
    /// and the infinities), mostly within the limits so that most maps validate. Public properties
    /// only, so both test projects link it.
    /// </summary>
    public static class Extreme
    {
        private const double Max = 1e15;

        private static readonly string[] PersonaIds = ["p0", "p1", "p2"];

        /// <summary><paramref name="min"/> to <paramref name="max"/> at its edges, one time in 60 beyond them.</summary>
        private static Gen<double> Edge(double min, double max) => Gen.Frequency(
            (59, Gen.Elements(min, max, 0.0, -0.0, double.Epsilon, 1e-300, max / 3, max - (max / 1e15), (min + max) / 2, 1.0, 0.5)
                .Where(v => v >= min && v <= max)),
            (1, Gen.Elements(max * 10, 1e308, double.MaxValue, -1e308, min - 1, double.NaN, double.PositiveInfinity, double.NegativeInfinity)));

        // In range: up to 2^46, so that even 9 touchpoints × 11 counts stay within the map's 2^53.
        private static Gen<long> Count => Gen.Frequency(
            (79, Gen.Elements(0L, 1L, 2L, 1L << 20, 1L << 46)),
            (1, Gen.Elements(1L << 53, 1L << 62, 1_000_000_000_000_000_000L, long.MaxValue, -1L)));

        private static Gen<long[]> Counts(int width) => Gen.ArrayOf(Count, width);

        private static Gen<T?> Maybe<T>(Gen<T> gen) where T : class =>
            Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(static v => (T?)v)));

        private static Gen<double?> MaybeValue(Gen<double> gen) =>
            Gen.Frequency((1, Gen.Constant<double?>(null)), (2, gen.Select(static v => (double?)v)));

        private static Gen<Touchpoint> Touchpoint(string id, int personaCount) =>
            from emotion in MaybeValue(Edge(-3, 3))
            from overridden in Gen.SubListOf(PersonaIds.Take(personaCount))
            from overrides in Gen.ArrayOf(Edge(-3, 3), 3)
            from nps in Maybe(Counts(11))
            from csat in Maybe(Counts(5))
            from ces in Maybe(Counts(7))
            from process in MaybeValue(Edge(0, Max))
            from wait in MaybeValue(Edge(0, Max))
            from accurate in MaybeValue(Edge(0, 1))
            from valueAdding in Gen.Elements<bool?>(null, true, false)
            from initiator in Gen.Elements<Initiator?>(null, Initiator.Customer, Initiator.Company)
            select new Touchpoint
            {
                Id = id,
                Name = id,
                Emotion = emotion,
                EmotionsByPersona = overridden.Select((p, k) => (p, overrides[k])).ToDictionary(x => x.p, x => x.Item2),
                Responses = nps is null && csat is null && ces is null ? null : new SurveyResponses { Nps = nps, Csat = csat, Ces = ces },
                ProcessMinutes = process,
                WaitMinutes = wait,
                CompleteAccurate = accurate,
                ValueAdding = valueAdding,
                Initiator = initiator,
                Owner = id.EndsWith('0') ? "sales" : "support",
            };

        private static Gen<Stage> Stage(int s, int personaCount) =>
            Gen.Choose(1, 3).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), j => Touchpoint($"t{s}-{j}", personaCount)))
                .Select(tps => new Stage { Id = $"s{s}", Name = $"S{s}", Touchpoints = tps });

        private static Gen<Outcome> OutcomeOf(int i, int stageCount) =>
            from fromResponses in Gen.Elements(false, true)
            from importance in Edge(0, 10)
            from satisfaction in Edge(0, 10)
            from importanceCounts in Counts(5)
            from satisfactionCounts in Counts(5)
            select new Outcome
            {
                Id = $"o{i}",
                Statement = $"O{i}",
                StageId = $"s{i % stageCount}",
                Importance = fromResponses ? null : importance,
                ImportanceResponses = fromResponses ? importanceCounts : null,
                Satisfaction = fromResponses ? null : satisfaction,
                SatisfactionResponses = fromResponses ? satisfactionCounts : null,
            };

        private static Gen<Measurement> Measurement =>
            from day in Gen.Elements(0, 1, 2, 365, 3650)
            from ticks in Gen.Elements(0L, 1L, 10_000_000L)
            from value in Edge(-Max, Max)
            select new Measurement { At = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day).AddTicks(ticks), Value = value };

        private static Gen<Kpi> Kpi(int i, int stageCount) =>
            from calculator in Gen.Elements("latest", "mean", "nps", "csat", "ces", "leadTime", "pce")
            from measurements in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Measurement, n))
            from baseline in MaybeValue(Edge(-Max, Max))
            from target in MaybeValue(Edge(-Max, Max))
            from direction in Gen.Elements(KpiDirection.HigherIsBetter, KpiDirection.LowerIsBetter)
            from scoped in Gen.Elements(false, true)
            select new Kpi
            {
                Id = $"k{i}",
                Name = $"K{i}",
                Calculator = calculator,
                Measurements = measurements,
                Baseline = baseline,
                Target = target,
                Direction = direction,
                Scope = scoped ? new KpiScope { StageId = $"s{i % stageCount}" } : null,
            };

        private static Gen<Opportunity> Opportunity(int i) =>
            from reach in MaybeValue(Edge(0, Max))
            from impact in MaybeValue(Edge(0, Max))
            from confidence in MaybeValue(Edge(0, 1))
            from effort in MaybeValue(Gen.Frequency((3, Edge(0.001, Max)), (1, Gen.Elements(1e-300, double.Epsilon))))
            select new Opportunity { Id = $"x{i}", Title = $"X{i}", Reach = reach, Impact = impact, Confidence = confidence, Effort = effort };

        /// <summary>A map of 0–3 personas, 1–3 stages of 1–3 touchpoints, outcomes, KPIs, opportunities and a competitor, every number at an edge.</summary>
        public static Gen<JourneyMap> Map =>
            from personaCount in Gen.Choose(0, 3)
            from weights in Gen.ArrayOf(Edge(0, Max), personaCount)
            from stageCount in Gen.Choose(1, 3)
            from stages in Gen.CollectToArray(Enumerable.Range(0, stageCount), s => Stage(s, personaCount))
            from outcomeCount in Gen.Choose(0, 3)
            from outcomes in Gen.CollectToArray(Enumerable.Range(0, outcomeCount), i => OutcomeOf(i, stageCount))
            from kpiCount in Gen.Choose(0, 3)
            from kpis in Gen.CollectToArray(Enumerable.Range(0, kpiCount), i => Kpi(i, stageCount))
            from opportunityCount in Gen.Choose(0, 2)
            from opportunities in Gen.CollectToArray(Enumerable.Range(0, opportunityCount), Opportunity)
            from competitorScore in Edge(0, 100)
            select new JourneyMap
            {
                Id = "extreme",
                Name = "Extreme",
                Personas = weights.Select((w, i) => new Persona { Id = PersonaIds[i], Name = PersonaIds[i], Weight = w }).ToArray(),
                Stages = stages,
                Outcomes = outcomes,
                Kpis = kpis,
                Opportunities = opportunities,
                Competitors = [new Competitor { Id = "c", Name = "C", StageScores = new Dictionary<string, double> { ["s0"] = competitorScore } }],
            };
    }
}
