using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;

namespace JourneyKit.Tests.Helpers;

internal static partial class MapGenerators
{
    /// <summary>
    /// Random maps over a small shared universe of ids, so that two maps drawn independently share
    /// some entities, differ in others, and move touchpoints between stages: the comparison laws
    /// need pairs that overlap, which maps with fresh ids would not. (Was <c>Comparison/MapGenerators</c>.)
    /// </summary>
    public static class SharedIds
    {
        private static readonly string[] PersonaIds = ["p1", "p2", "p3"];
        private static readonly string[] StageIds = ["s1", "s2", "s3"];
        private static readonly string[] TouchpointIds = ["t1", "t2", "t3", "t4", "t5", "t6"];
        private static readonly string[] KpiIds = ["k1", "k2"];
        private static readonly string[] OpportunityIds = ["o1", "o2"];

        public static Arbitrary<(JourneyMap Before, JourneyMap After)> Pairs { get; } =
            (from before in Map("m")
             from after in Map("m")
             select (before, after)).ToArbitrary();

        public static Arbitrary<JourneyMap> Maps { get; } = Map("m").ToArbitrary();

        public static Gen<JourneyMap> Map(string id) =>
            from personas in Gen.SubListOf(PersonaIds).SelectMany(ids => Sequence(ids.Select(Persona)))
            from stageIds in Gen.SubListOf(StageIds)
            from touchpoints in Gen.Shuffle(TouchpointIds).SelectMany(ids => Sequence(ids.Select(t => Touchpoint(t, stageIds.Count))))
            from kpis in Gen.SubListOf(KpiIds).SelectMany(ids => Sequence(ids.Select(Kpi)))
            from opportunities in Gen.SubListOf(OpportunityIds).SelectMany(ids => Sequence(ids.Select(Opportunity)))
            select new JourneyMap
            {
                Id = id,
                Name = "Map",
                Personas = personas,
                Stages = [.. stageIds.Select((s, i) => new Stage
                {
                    Id = s,
                    Name = s.ToUpperInvariant(),
                    Touchpoints = [.. touchpoints.Where(t => t.StageIndex == i).Select(t => t.Touchpoint)],
                })],
                Kpis = kpis,
                Opportunities = opportunities,
            };

        private static Gen<List<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
            gens.Aggregate(Gen.Constant(new List<T>()), (acc, gen) => from list in acc from item in gen select new List<T>(list) { item });

        private static Gen<Persona> Persona(string id) =>
            from weight in Gen.Elements(0.0, 0.5, 1.0, 2.0)
            select new Persona { Id = id, Name = id, Weight = weight };

        private static Gen<(int StageIndex, Touchpoint Touchpoint)> Touchpoint(string id, int stageCount) =>
            from stage in Gen.Choose(-1, stageCount - 1)
            from emotion in Gen.Elements<double?>(null, -3, -1, 0, 1, 3)
            from channel in Gen.Elements(Channel.Web, Channel.Email, Channel.Other)
            from owner in Gen.Elements<string?>(null, "sales", "support")
            from processMinutes in Gen.Elements<double?>(null, 0, 5, 10)
            from waitMinutes in Gen.Elements<double?>(null, 0, 3, 30)
            from valueAdding in Gen.Elements<bool?>(null, true, false)
            from completeAccurate in Gen.Elements<double?>(null, 0.5, 0.9, 1)
            from responses in Responses
            from note in Gen.Elements<string?>(null, "a", "b")
            select (stage, new Touchpoint
            {
                Id = id,
                Name = id,
                Channel = channel,
                Owner = owner,
                Emotion = emotion,
                ProcessMinutes = processMinutes,
                WaitMinutes = waitMinutes,
                ValueAdding = valueAdding,
                CompleteAccurate = completeAccurate,
                Responses = responses,
                ExtensionData = note is null ? null : new Dictionary<string, JsonElement> { ["x-note"] = JsonSerializer.SerializeToElement(note, TestJsonContext.Default.String) },
            });

        private static Gen<SurveyResponses?> Responses =>
            from nps in Counts(11)
            from csat in Counts(5)
            from ces in Counts(7)
            from present in Gen.Elements(0, 1, 2, 3)
            select present == 0 ? null : new SurveyResponses
            {
                Nps = present >= 1 ? nps : null,
                Csat = present >= 2 ? csat : null,
                Ces = present >= 3 || present == 1 ? ces : null,
            };

        private static Gen<IReadOnlyList<long>?> Counts(int length) =>
            from counts in Gen.ArrayOf(Gen.Choose(0, 6), length)
            from absent in Gen.Elements(false, false, false, true)
            select absent ? null : (IReadOnlyList<long>?)[.. counts.Select(c => (long)c)];

        private static Gen<Kpi> Kpi(string id) =>
            from direction in Gen.Elements(KpiDirection.HigherIsBetter, KpiDirection.LowerIsBetter)
            from baseline in Gen.Elements<double?>(null, 10)
            from target in Gen.Elements<double?>(null, 20)
            from value in Gen.Elements<double?>(null, 5, 15, 25)
            select new Kpi
            {
                Id = id,
                Name = id,
                Direction = direction,
                Baseline = baseline,
                Target = target,
                Measurements = value is { } v ? [new Measurement { At = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), Value = v }] : [],
            };

        private static Gen<Opportunity> Opportunity(string id) =>
            from title in Gen.Elements("Do it", "Do it well")
            from status in Gen.Elements(OpportunityStatus.Idea, OpportunityStatus.Done)
            select new Opportunity { Id = id, Title = title, Status = status };
    }
}
