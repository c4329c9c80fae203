using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;

namespace JourneyKit.Tests.Validation;

/// <summary>A valid map with exactly one invalid value injected, and where the validator must report it.</summary>
internal sealed record Mutation(string Description, JourneyMap Map, string Path, string Code)
{
    public override string ToString() => $"{Description} → {Code} at {Path}";

    /// <summary>Every single-fault mutation that applies to <paramref name="map"/>, one chosen at random.</summary>
    public static Gen<Mutation> Of(JourneyMap map)
    {
        var candidates = new List<Gen<Mutation>>
        {
            Gen.Constant(new Mutation("schema version", map with { SchemaVersion = "9.9" }, "$.schemaVersion", "unsupportedVersion")),
            Gen.Choose(0, map.Stages.Count - 1).Select(i => new Mutation(
                "stage id repeated",
                map with { Stages = [.. map.Stages, new Stage { Id = map.Stages[i].Id, Name = "Copy" }] },
                $"$.stages[{map.Stages.Count}].id",
                "duplicateId")),
        };

        Gen<Mutation>? touchpointFaults = null;
        var touchpoints = map.Stages.SelectMany((s, i) => s.Touchpoints.Select((t, j) => (Stage: i, Index: j, Touchpoint: t))).ToArray();
        if (touchpoints.Length > 0)
        {
            touchpointFaults = Gen.Elements(touchpoints).SelectMany(tp => TouchpointFault(map, tp.Stage, tp.Index, tp.Touchpoint));
            candidates.Add(
                from source in Gen.Elements(touchpoints)
                from stage in Gen.Choose(0, map.Stages.Count - 1)
                from position in Gen.Choose(0, map.Stages[stage].Touchpoints.Count)
                select DuplicateTouchpoint(map, source.Touchpoint, stage, position));
        }

        if (map.Personas.Count > 0)
        {
            candidates.Add(
                from i in Gen.Choose(0, map.Personas.Count - 1)
                from weight in Gen.Choose(1, 1000)
                select new Mutation("negative weight", map with { Personas = SampleMap.Replace(map.Personas, i, p => p with { Weight = -weight / 10.0 }) }, $"$.personas[{i}].weight", "range"));
            candidates.Add(Gen.Choose(0, map.Personas.Count - 1).Select(i => new Mutation(
                "persona repeated", map with { Personas = [.. map.Personas, map.Personas[i]] }, $"$.personas[{map.Personas.Count}].id", "duplicateId")));
        }

        if (map.Outcomes.Count > 0)
        {
            candidates.Add(Gen.Choose(0, map.Outcomes.Count - 1).Select(i => new Mutation(
                "importance twice",
                map with { Outcomes = SampleMap.Replace(map.Outcomes, i, o => o with { Importance = 5, ImportanceResponses = [1, 1, 1, 1, 1] }) },
                $"$.outcomes[{i}].importanceResponses",
                "conflict")));
        }

        if (map.Opportunities.Count > 0)
        {
            candidates.Add(Gen.Choose(0, map.Opportunities.Count - 1).Select(i => new Mutation(
                "no effort", map with { Opportunities = SampleMap.Replace(map.Opportunities, i, o => o with { Effort = 0 }) }, $"$.opportunities[{i}].effort", "range")));
            candidates.Add(Gen.Choose(0, map.Opportunities.Count - 1).Select(i => new Mutation(
                "opportunity names a missing touchpoint",
                map with { Opportunities = SampleMap.Replace(map.Opportunities, i, o => o with { TouchpointIds = [.. o.TouchpointIds, "nowhere"] }) },
                $"$.opportunities[{i}].touchpointIds[{map.Opportunities[i].TouchpointIds.Count}]",
                "danglingReference")));
        }

        if (map.Kpis.Count > 0)
        {
            candidates.Add(Gen.Choose(0, map.Kpis.Count - 1).Select(i => new Mutation(
                "unknown calculator", map with { Kpis = SampleMap.Replace(map.Kpis, i, k => k with { Calculator = "churn" }) }, $"$.kpis[{i}].calculator", "unknownCalculator")));
        }

        var scores = map.Competitors.SelectMany((c, i) => c.StageScores.Keys.Select(k => (Competitor: i, Stage: k))).ToArray();
        if (scores.Length > 0)
        {
            candidates.Add(Gen.Elements(scores).Select(s => new Mutation(
                "competitor score above 100",
                map with { Competitors = SampleMap.Replace(map.Competitors, s.Competitor, c => c with { StageScores = new Dictionary<string, double>(c.StageScores) { [s.Stage] = 101 } }) },
                $"$.competitors[{s.Competitor}].stageScores.{s.Stage}",
                "range")));
        }

        var plays = map.Playbooks.SelectMany((b, i) => b.Plays.Select((p, j) => (Playbook: i, Index: j, Play: p))).ToArray();
        if (plays.Length > 0)
        {
            candidates.Add(Gen.Elements(plays).Select(p => new Mutation(
                "play target missing",
                map with { Playbooks = SampleMap.Replace(map.Playbooks, p.Playbook, b => b with { Plays = SampleMap.Replace(b.Plays, p.Index, x => x with { When = x.When with { TargetId = "nowhere" } }) }) },
                $"$.playbooks[{p.Playbook}].plays[{p.Index}].when.targetId",
                p.Play.When.Metric == PlayMetric.JourneyScore ? "targetNotAllowed" : "danglingReference")));
        }

        // Touchpoints hold most kinds of fault, so they get most of the draws.
        var any = Gen.OneOf(candidates);
        return touchpointFaults is null ? any : Gen.Frequency((1, any), (2, touchpointFaults));
    }

    private static Gen<Mutation> TouchpointFault(JourneyMap map, int stage, int index, Touchpoint touchpoint)
    {
        var path = $"$.stages[{stage}].touchpoints[{index}]";
        Mutation With(string description, Func<Touchpoint, Touchpoint> change, string member, string code) =>
            new(description, map.WithTouchpoint(stage, index, change), path + member, code);

        return Gen.OneOf(
            from magnitude in Gen.Choose(31, 1000)
            from sign in Gen.Elements(-1, 1)
            select With("emotion out of range", t => t with { Emotion = sign * magnitude / 10.0 }, ".emotion", "range"),
            Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)
                .Select(v => With("emotion not finite", t => t with { Emotion = v }, ".emotion", "notFinite")),
            Gen.Choose(1, 100).Select(m => With("negative minutes", t => t with { ProcessMinutes = -m }, ".processMinutes", "range")),
            Gen.Choose(101, 500).Select(c => With("share above 1", t => t with { CompleteAccurate = c / 100.0 }, ".completeAccurate", "range")),
            Gen.Constant(With("missing process", t => t with { ProcessId = "no-such-process" }, ".processId", "danglingReference")),
            Gen.Constant(With("missing persona", t => t with { PersonaIds = [.. t.PersonaIds, "ghost"] }, $".personaIds[{touchpoint.PersonaIds.Count}]", "danglingReference")),
            Gen.Constant(With(
                "emotion for a missing persona",
                t => t with { EmotionsByPersona = new Dictionary<string, double>(t.EmotionsByPersona) { ["ghost"] = 1 } },
                ".emotionsByPersona.ghost",
                "danglingReference")),
            Gen.Choose(0, 20).Where(n => n != 11).Select(n => With(
                "nps of the wrong length", t => t with { Responses = new SurveyResponses { Nps = new long[n] } }, ".responses.nps", "arrayLength")),
            Gen.Choose(0, 4).Select(r => With(
                "negative csat count", t => t with { Responses = new SurveyResponses { Csat = [.. Enumerable.Range(0, 5).Select(i => i == r ? -1L : 3L)] } }, $".responses.csat[{r}]", "range")));
    }

    private static Mutation DuplicateTouchpoint(JourneyMap map, Touchpoint copy, int stage, int position)
    {
        var mutated = map.WithStage(stage, s => s with { Touchpoints = [.. s.Touchpoints.Take(position), copy, .. s.Touchpoints.Skip(position)] });

        // The repeat is the second of the two in document order, wherever the copy landed.
        var second = mutated.Stages
            .SelectMany((s, i) => s.Touchpoints.Select((t, j) => (Path: $"$.stages[{i}].touchpoints[{j}].id", t.Id)))
            .Where(t => t.Id == copy.Id)
            .ElementAt(1);
        return new Mutation("touchpoint repeated", mutated, second.Path, "duplicateId");
    }
}
