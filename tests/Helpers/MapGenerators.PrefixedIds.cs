using FsCheck;
using Outcome = JourneyKit.Model.Outcome;
using FsCheck.Fluent;
using JourneyKit.Model;

namespace JourneyKit.Tests.Helpers;

internal static partial class MapGenerators
{
    /// <summary>
    /// Maps without validation errors (warnings such as empty stages may occur) that use every
    /// collection of the format. Ids carry a prefix per collection (<c>p</c>, <c>s</c>, <c>t</c> …)
    /// so an id of one kind never resolves as another; the playbooks' conditions cover every
    /// <see cref="PlayMetric"/> whose targets exist. (Was <c>Validation/ValidMapGenerator</c>.)
    /// </summary>
    public static class PrefixedIds
    {
        // Emotion (tenths of −3..3) is the family's; the optional one here is absent half the time.
        private static readonly Gen<double?> OptionalEmotion = Gen.OneOf(Gen.Constant<double?>(null), Emotion.Select(e => (double?)e));

        private static readonly Gen<double> Tenths = Gen.Choose(0, 100).Select(i => i / 10.0);

        private static readonly Gen<DateTimeOffset> Time = Gen.Choose(0, 1000).Select(d => new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(d));

        public static Gen<JourneyMap> Map { get; } =
            from personaCount in Gen.Choose(0, 3)
            from processCount in Gen.Choose(0, 2)
            let personaIds = Enumerable.Range(0, personaCount).Select(i => $"p{i}").ToArray()
            let processIds = Enumerable.Range(0, processCount).Select(i => $"proc{i}").ToArray()
            from personas in Gen.CollectToArray(personaIds, Persona)
            from stageCount in Gen.Choose(1, 4)
            from stages in Gen.CollectToArray(Enumerable.Range(0, stageCount), s => Stage(s, personaIds, processIds))
            let stageIds = stages.Select(s => s.Id).ToArray()
            let touchpointIds = stages.SelectMany(s => s.Touchpoints).Select(t => t.Id).ToArray()
            from outcomeCount in Gen.Choose(0, 3)
            from outcomes in Gen.CollectToArray(Enumerable.Range(0, outcomeCount), o => Outcome(o, stageIds, personaIds, processIds))
            let outcomeIds = outcomes.Select(o => o.Id).ToArray()
            from kpiCount in Gen.Choose(0, 3)
            from kpis in Gen.CollectToArray(Enumerable.Range(0, kpiCount), k => Kpi(k, stageIds, touchpointIds, personaIds))
            from opportunityCount in Gen.Choose(0, 3)
            from opportunities in Gen.CollectToArray(Enumerable.Range(0, opportunityCount), o => Opportunity(o, touchpointIds, outcomeIds))
            from competitorCount in Gen.Choose(0, 2)
            from competitors in Gen.CollectToArray(Enumerable.Range(0, competitorCount), c => Competitor(c, stageIds))
            from playbookCount in Gen.Choose(0, 2)
            from playbooks in Gen.CollectToArray(Enumerable.Range(0, playbookCount), b => Playbook(b, stageIds, touchpointIds, kpis.Select(k => k.Id).ToArray(), outcomeIds))
            select new JourneyMap
            {
                Id = "map",
                Name = "Generated map",
                Personas = personas,
                Stages = stages,
                Outcomes = outcomes,
                Processes = [.. processIds.Select(id => new BusinessProcess { Id = id, Name = $"Process {id}" })],
                Kpis = kpis,
                Opportunities = opportunities,
                Competitors = competitors,
                Playbooks = playbooks,
            };

        private static Gen<Persona> Persona(string id) =>
            Tenths.Select(weight => new Persona { Id = id, Name = $"Persona {id}", Weight = weight });

        private static Gen<Stage> Stage(int index, string[] personaIds, string[] processIds) =>
            from count in Gen.Choose(0, 4)
            from touchpoints in Gen.CollectToArray(Enumerable.Range(0, count), t => Touchpoint($"t{index}-{t}", personaIds, processIds))
            select new Stage { Id = $"s{index}", Name = $"Stage {index}", Touchpoints = touchpoints };

        private static Gen<Touchpoint> Touchpoint(string id, string[] personaIds, string[] processIds) =>
            from emotion in OptionalEmotion
            from meets in Gen.SubListOf(personaIds)
            from overridden in Gen.SubListOf(personaIds)
            from overrides in Gen.CollectToArray(overridden, p => Emotion.Select(e => KeyValuePair.Create(p, e)))
            from processId in Gen.Elements<string?>([null, .. processIds])
            from minutes in Gen.Choose(0, 120)
            from wait in Gen.Choose(0, 600)
            from completeAccurate in Gen.Choose(0, 100)
            from responses in Gen.OneOf(Gen.Constant<SurveyResponses?>(null), Responses.Select(r => (SurveyResponses?)r))
            select new Touchpoint
            {
                Id = id,
                Name = $"Touchpoint {id}",
                PersonaIds = meets,
                Emotion = emotion,
                EmotionsByPersona = new Dictionary<string, double>(overrides),
                ProcessId = processId,
                ProcessMinutes = minutes,
                WaitMinutes = wait,
                CompleteAccurate = completeAccurate / 100.0,
                Responses = responses,
            };

        private static Gen<SurveyResponses> Responses { get; } =
            from nps in Gen.ArrayOf(Gen.Choose(0, 50).Select(i => (long)i), 11)
            from csat in Gen.ArrayOf(Gen.Choose(0, 50).Select(i => (long)i), 5)
            from ces in Gen.ArrayOf(Gen.Choose(0, 50).Select(i => (long)i), 7)
            select new SurveyResponses { Nps = nps, Csat = csat, Ces = ces };

        private static Gen<Outcome> Outcome(int index, string[] stageIds, string[] personaIds, string[] processIds) =>
            from stageId in Gen.Elements<string?>([null, .. stageIds])
            from personaId in Gen.Elements<string?>([null, .. personaIds])
            from byNumber in Gen.Elements(true, false)
            from importance in Tenths
            from satisfaction in Tenths
            from counts in Gen.ArrayOf(Gen.Choose(0, 30).Select(i => (long)i), 5)
            from processes in Gen.SubListOf(processIds)
            select new Outcome
            {
                Id = $"o{index}",
                Statement = $"Minimize the time it takes to do thing {index}",
                StageId = stageId,
                PersonaId = personaId,
                Importance = byNumber ? importance : null,
                ImportanceResponses = byNumber ? null : counts,
                Satisfaction = satisfaction,
                ProcessIds = processes,
            };

        private static Gen<Kpi> Kpi(int index, string[] stageIds, string[] touchpointIds, string[] personaIds) =>
            from calculator in Gen.Elements("latest", "mean", "nps", "csat", "ces", "leadTime", "pce")
            from stageId in Gen.Elements<string?>([null, .. stageIds])
            from touchpointId in Gen.Elements<string?>([null, .. touchpointIds])
            from personaId in Gen.Elements<string?>([null, .. personaIds])
            from values in Gen.ListOf(Gen.Zip(Time, Gen.Choose(0, 100)), Math.Max(0, index))
            select new Kpi
            {
                Id = $"k{index}",
                Name = $"KPI {index}",
                Calculator = calculator,
                Scope = new KpiScope { StageId = stageId, TouchpointId = touchpointId, PersonaId = personaId },
                Baseline = 10,
                Target = 20,
                Measurements = [.. values.Select(v => new Measurement { At = v.Item1, Value = v.Item2 })],
            };

        private static Gen<Opportunity> Opportunity(int index, string[] touchpointIds, string[] outcomeIds) =>
            from touchpoints in Gen.SubListOf(touchpointIds)
            from outcomes in Gen.SubListOf(outcomeIds)
            from reach in Gen.Choose(0, 10_000)
            from impact in Gen.Elements(0.25, 0.5, 1, 2, 3)
            from confidence in Gen.Choose(0, 100)
            from effort in Gen.Choose(1, 20)
            select new Opportunity
            {
                Id = $"op{index}",
                Title = $"Opportunity {index}",
                TouchpointIds = touchpoints,
                OutcomeIds = outcomes,
                Reach = reach,
                Impact = impact,
                Confidence = confidence / 100.0,
                Effort = effort,
            };

        private static Gen<Competitor> Competitor(int index, string[] stageIds) =>
            from scored in Gen.SubListOf(stageIds)
            from scores in Gen.CollectToArray(scored, s => Gen.Choose(0, 100).Select(v => KeyValuePair.Create(s, (double)v)))
            select new Competitor { Id = $"c{index}", Name = $"Competitor {index}", StageScores = new Dictionary<string, double>(scores) };

        private static Gen<Playbook> Playbook(int index, string[] stageIds, string[] touchpointIds, string[] kpiIds, string[] outcomeIds)
        {
            // Each metric with the ids it may target; metrics whose collection is empty are left out.
            var targets = new (PlayMetric Metric, string[] Ids)[]
            {
                (PlayMetric.Emotion, touchpointIds),
                (PlayMetric.TouchpointScore, touchpointIds),
                (PlayMetric.Nps, [.. stageIds, .. touchpointIds]),
                (PlayMetric.Csat, touchpointIds),
                (PlayMetric.Ces, stageIds),
                (PlayMetric.StageScore, stageIds),
                (PlayMetric.KpiAttainment, kpiIds),
                (PlayMetric.OpportunityScore, outcomeIds),
            }.Where(t => t.Ids.Length > 0).ToArray();
            var condition = Gen.OneOf(
                [
                    Gen.Constant(new PlayCondition { Metric = PlayMetric.JourneyScore, Op = ComparisonOperator.Lt, Value = 50 }),
                    .. targets.Select(t => Gen.Elements(t.Ids).Select(id => new PlayCondition { Metric = t.Metric, TargetId = id, Op = ComparisonOperator.Le, Value = 0 })),
                ]);
            return from count in Gen.Choose(0, 3)
                   from conditions in Gen.ArrayOf(condition, count)
                   select new Playbook
                   {
                       Id = $"b{index}",
                       Name = $"Playbook {index}",
                       Plays = [.. conditions.Select((c, i) => new Play { Id = $"play{i}", When = c, Action = "Act" })],
                   };
        }
    }
}
