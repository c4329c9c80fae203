using System.Text.Json;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using Outcome = JourneyKit.Model.Outcome;

namespace JourneyKit.Tests.Helpers;

/// <summary>
/// The one family of FsCheck generators of journey maps. The generators on this class cover the whole
/// format: <see cref="ValidMap"/> makes maps a validator should accept: ids unique (touchpoint ids
/// across the map), every reference resolving, every number in its range, counts of the right length;
/// every optional field is sometimes present and sometimes absent, text includes non-ASCII, quotes,
/// backslashes, newlines and emoji, and <see cref="WithExtensions"/> adds unknown properties at every
/// level. The nested variants draw other distributions on purpose, each for the laws that need it:
/// <see cref="Scorable"/> (small exact numbers for the scoring laws), <see cref="SharedIds"/>
/// (overlapping pairs for the comparison laws) and <see cref="PrefixedIds"/> (ids that never resolve
/// across kinds, for the validator's laws). Optional values are absent one time in three throughout.
/// </summary>
internal static partial class MapGenerators
{
    private static readonly string[] Words = ["size", "guide", "checkout", "delivery", "Größe", "配送", "l'avis", "\"quoted\"", "back\\slash", "new\nline", "tab\there", "emoji 😀", "<b>&amp;</b>", "#;:,", " "];

    /// <summary>Short identifiers (<c>a</c>, <c>size-guide</c>, <c>x_1</c>); callers make them unique.</summary>
    public static Gen<string> Id { get; } =
        Gen.Elements("a", "b", "size-guide", "checkout", "x_1", "déjà-vu", "Stage 1", "a.b", "p'q").Select(static s => s);

    /// <summary>Text a person might write, including characters JSON must escape and characters from other scripts.</summary>
    public static Gen<string> Text { get; } =
        Gen.ListOf(Gen.Elements(Words)).Select(static words => string.Join(' ', words));

    /// <summary>Finite doubles of every magnitude: small integers, fractions, and extremes such as 1e300 and 5e-324.</summary>
    public static Gen<double> AnyNumber { get; } = Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(static i => (double)i),
        Gen.Choose(-1_000_000, 1_000_000).Select(static i => i / 997.0),
        Gen.Elements(0.1, 1e300, -1e-300, double.Epsilon, double.MaxValue, double.MinValue, 1.0 / 3));

    /// <summary>
    /// Finite doubles within the format's limit for KPI values (±10^15, FormatFacts.MaxMagnitude):
    /// small integers, fractions, and the extremes ±10^15, 1e-300 and 5e-324.
    /// </summary>
    public static Gen<double> KpiNumber { get; } = Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(static i => (double)i),
        Gen.Choose(-1_000_000, 1_000_000).Select(static i => i / 997.0),
        Gen.Elements(0.1, 1e15, -1e15, -1e-300, double.Epsilon, 1.0 / 3));

    /// <summary>A map a validator should accept, without unknown properties.</summary>
    public static Gen<JourneyMap> ValidMap => CreateMap(extensions: false);

    /// <summary>A valid map with unknown properties on every object of the format.</summary>
    public static Gen<JourneyMap> WithExtensions => CreateMap(extensions: true);

    /// <summary>Unknown properties: one to three <c>x-</c> names (which the format never uses) with any JSON values.</summary>
    public static Gen<IDictionary<string, JsonElement>> Extension =>
        from count in Gen.Choose(1, 3)
        from values in Gen.ListOf(JsonText(2), count)
        select (IDictionary<string, JsonElement>)values
            .Select(static (v, i) => (Key: $"x-{i}", Value: v))
            .ToDictionary(static p => p.Key, static p => JsonElement.Parse(p.Value));

    /// <summary>The text of any JSON value up to a nesting depth: null, booleans, numbers (also as 1e300 or 2.50), strings, arrays and objects.</summary>
    public static Gen<string> JsonText(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Elements("null", "true", "false", "2.50", "1e300", "-0", "12345678901234567890"),
            AnyNumber.Select(static d => d.ToString("R", CultureInfo.InvariantCulture)),
            Text.Select(static s => JsonSerializer.Serialize(s)));
        if (depth <= 0)
        {
            return leaf;
        }

        var child = JsonText(depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (1, Gen.ListOf(child, 3).Select(static items => $"[{string.Join(",", items)}]")),
            (1, Gen.ListOf(child, 2).Select(static items => $"{{{string.Join(",", items.Select(static (v, i) => $"\"k{i} ü\": {v}"))}}}")));
    }

    private static Gen<JourneyMap> CreateMap(bool extensions)
    {
        var ext = extensions
            ? Gen.Frequency((1, Gen.Constant<IDictionary<string, JsonElement>?>(null)), (3, Extension.Select(static e => (IDictionary<string, JsonElement>?)e)))
            : Gen.Constant<IDictionary<string, JsonElement>?>(null);

        return
            from personaCount in Gen.Choose(0, 3)
            from personas in Gen.ListOf(PersonaGen(ext), personaCount)
            from processCount in Gen.Choose(0, 2)
            from processes in Gen.ListOf(ProcessGen(ext), processCount)
            let personaIds = personas.Select(static (p, i) => $"{p.Id}-{i}").ToArray()
            let processIds = processes.Select(static (p, i) => $"{p.Id}-{i}").ToArray()
            from stageCount in Gen.Choose(1, 4)
            from stages in Gen.ListOf(StageGen(ext, personaIds, processIds), stageCount)
            let numberedStages = NumberStages(stages)
            let stageIds = numberedStages.Select(static s => s.Id).ToArray()
            let touchpointIds = numberedStages.SelectMany(static s => s.Touchpoints).Select(static t => t.Id).ToArray()
            from outcomeCount in Gen.Choose(0, 3)
            from outcomes in Gen.ListOf(OutcomeGen(ext, stageIds, personaIds, processIds), outcomeCount)
            let outcomeIds = outcomes.Select(static (o, i) => $"{o.Id}-{i}").ToArray()
            from kpiCount in Gen.Choose(0, 2)
            from kpis in Gen.ListOf(KpiGen(ext, stageIds, touchpointIds, personaIds), kpiCount)
            from opportunityCount in Gen.Choose(0, 2)
            from opportunities in Gen.ListOf(OpportunityGen(ext, touchpointIds, outcomeIds), opportunityCount)
            from competitorCount in Gen.Choose(0, 2)
            from competitors in Gen.ListOf(CompetitorGen(ext, stageIds), competitorCount)
            from playbookCount in Gen.Choose(0, 2)
            from playbooks in Gen.ListOf(PlaybookGen(ext, stageIds, touchpointIds), playbookCount)
            from id in Id
            from name in Text
            from description in Optional(Text)
            from state in OptionalValue(Gen.Elements(MapState.Current, MapState.Future))
            from baseMapId in Optional(Id)
            from mapExt in ext
            select new JourneyMap
            {
                Id = id,
                Name = name,
                Description = description,
                StateValue = state,
                BaseMapId = baseMapId,
                Personas = [.. personas.Select((p, i) => p with { Id = personaIds[i] })],
                Stages = numberedStages,
                Outcomes = [.. outcomes.Select((o, i) => o with { Id = outcomeIds[i] })],
                Processes = [.. processes.Select((p, i) => p with { Id = processIds[i] })],
                Kpis = [.. kpis.Select(static (k, i) => k with { Id = $"{k.Id}-{i}" })],
                Opportunities = [.. opportunities.Select(static (o, i) => o with { Id = $"{o.Id}-{i}" })],
                Competitors = [.. competitors.Select(static (c, i) => c with { Id = $"{c.Id}-{i}" })],
                Playbooks = [.. playbooks.Select(static (p, i) => p with { Id = $"{p.Id}-{i}" })],
                ExtensionData = mapExt,
            };
    }

    private static List<Stage> NumberStages(IEnumerable<Stage> stages)
    {
        var touchpoint = 0;
        return [.. stages.Select((s, i) => s with
        {
            Id = $"{s.Id}-{i}",
            Touchpoints = [.. s.Touchpoints.Select(t => t with { Id = $"{t.Id}-{touchpoint++}" })],
        })];
    }

    private static Gen<Persona> PersonaGen(Gen<IDictionary<string, JsonElement>?> ext) =>
        from id in Id
        from name in Text
        from segment in Optional(Text)
        from weight in OptionalValue(Gen.Choose(0, 1000).Select(static i => i / 100.0))
        from description in Optional(Text)
        from goals in Gen.ListOf(Text, 2)
        from behaviors in Gen.ListOf(Text, 1)
        from values in Gen.ListOf(Text)
        from adoption in OptionalValue(Gen.Elements(Enum.GetValues<AdoptionCategory>()))
        from channels in Gen.SubListOf(Enum.GetValues<Channel>())
        from e in ext
        select new Persona
        {
            Id = id,
            Name = name,
            Segment = segment,
            WeightValue = weight,
            Description = description,
            Goals = [.. goals],
            Behaviors = [.. behaviors],
            Values = [.. values],
            Adoption = adoption,
            PreferredChannels = [.. channels],
            ExtensionData = e,
        };

    private static Gen<BusinessProcess> ProcessGen(Gen<IDictionary<string, JsonElement>?> ext) =>
        from id in Id
        from name in Text
        from department in Optional(Text)
        from e in ext
        select new BusinessProcess { Id = id, Name = name, Department = department, ExtensionData = e };

    private static Gen<Stage> StageGen(Gen<IDictionary<string, JsonElement>?> ext, string[] personaIds, string[] processIds) =>
        from id in Id
        from name in Text
        from kind in OptionalValue(Gen.Elements(Enum.GetValues<StageKind>()))
        from desired in Optional(Text)
        from count in Gen.Choose(0, 3)
        from touchpoints in Gen.ListOf(TouchpointGen(ext, personaIds, processIds), count)
        from e in ext
        select new Stage
        {
            Id = id,
            Name = name,
            KindValue = kind,
            DesiredOutcome = desired,
            Touchpoints = [.. touchpoints],
            ExtensionData = e,
        };

    private static Gen<Touchpoint> TouchpointGen(Gen<IDictionary<string, JsonElement>?> ext, string[] personaIds, string[] processIds) =>
        from id in Id
        from name in Text
        from channel in OptionalValue(Gen.Elements(Enum.GetValues<Channel>()))
        from initiator in OptionalValue(Gen.Elements(Enum.GetValues<Initiator>()))
        from owner in Optional(Text)
        from processId in processIds.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(processIds))
        from who in Gen.SubListOf(personaIds)
        from emotion in OptionalValue(Emotion)
        from byPersona in Gen.SubListOf(personaIds).SelectMany(ids => Gen.ListOf(Emotion, ids.Count).Select(es => ids.Zip(es).ToDictionary(static p => p.First, static p => p.Second)))
        from enablers in Gen.ListOf(Text, 2)
        from barriers in Gen.ListOf(Text, 1)
        from processMinutes in OptionalValue(Gen.Choose(0, 6000).Select(static i => i / 10.0))
        from waitMinutes in OptionalValue(Gen.Choose(0, 6000).Select(static i => i / 10.0))
        from valueAdding in OptionalValue(Gen.Elements(true, false))
        from completeAccurate in OptionalValue(Gen.Choose(0, 100).Select(static i => i / 100.0))
        from responses in Gen.OneOf(Gen.Constant<SurveyResponses?>(null), ResponsesGen(ext).Select(static r => (SurveyResponses?)r))
        from e in ext
        select new Touchpoint
        {
            Id = id,
            Name = name,
            ChannelValue = channel,
            Initiator = initiator,
            Owner = owner,
            ProcessId = processId,
            PersonaIds = [.. who],
            Emotion = emotion,
            EmotionsByPersona = byPersona,
            Enablers = [.. enablers],
            Barriers = [.. barriers],
            ProcessMinutes = processMinutes,
            WaitMinutes = waitMinutes,
            ValueAdding = valueAdding,
            CompleteAccurate = completeAccurate,
            Responses = responses,
            ExtensionData = e,
        };

    private static Gen<double> Emotion => Gen.Choose(-30, 30).Select(static i => i / 10.0);

    private static Gen<long> Count => Gen.Frequency(
        (5, Gen.Choose(0, 500).Select(static i => (long)i)),
        (1, Gen.Elements(0L, 1L, long.MaxValue / 16)));

    private static Gen<SurveyResponses> ResponsesGen(Gen<IDictionary<string, JsonElement>?> ext) =>
        from nps in Optional(Gen.ArrayOf(Count, 11))
        from csat in Optional(Gen.ArrayOf(Count, 5))
        from ces in Optional(Gen.ArrayOf(Count, 7))
        from e in ext
        select new SurveyResponses { Nps = nps, Csat = csat, Ces = ces, ExtensionData = e };

    private static Gen<Outcome> OutcomeGen(Gen<IDictionary<string, JsonElement>?> ext, string[] stageIds, string[] personaIds, string[] processIds) =>
        from id in Id
        from statement in Text
        from kind in OptionalValue(Gen.Elements(OutcomeKind.Positive, OutcomeKind.Relief))
        from stageId in Optional(Gen.Elements(stageIds))
        from personaId in personaIds.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(personaIds))
        from asNumbers in Gen.Elements(true, false)
        from importance in Gen.Choose(0, 100).Select(static i => i / 10.0)
        from satisfaction in Gen.Choose(0, 100).Select(static i => i / 10.0)
        from importanceResponses in Gen.ArrayOf(Count, 5)
        from satisfactionResponses in Gen.ArrayOf(Count, 5)
        from processes in Gen.SubListOf(processIds)
        from e in ext
        select new Outcome
        {
            Id = id,
            Statement = statement,
            KindValue = kind,
            StageId = stageId,
            PersonaId = personaId,
            Importance = asNumbers ? importance : null,
            Satisfaction = asNumbers ? satisfaction : null,
            ImportanceResponses = asNumbers ? null : importanceResponses,
            SatisfactionResponses = asNumbers ? null : satisfactionResponses,
            ProcessIds = [.. processes],
            ExtensionData = e,
        };

    private static Gen<Kpi> KpiGen(Gen<IDictionary<string, JsonElement>?> ext, string[] stageIds, string[] touchpointIds, string[] personaIds) =>
        from id in Id
        from name in Text
        from category in OptionalValue(Gen.Elements(Enum.GetValues<KpiCategory>()))
        from calculator in Optional(Gen.Elements("latest", "mean", "nps", "csat", "ces", "leadTime", "pce"))
        from scope in Gen.OneOf(Gen.Constant<KpiScope?>(null), ScopeGen(ext, stageIds, touchpointIds, personaIds).Select(static s => (KpiScope?)s))
        from unit in Optional(Gen.Elements("%", "min", "€"))
        from direction in OptionalValue(Gen.Elements(Enum.GetValues<KpiDirection>()))
        from baseline in OptionalValue(KpiNumber)
        from target in OptionalValue(KpiNumber)
        from count in Gen.Choose(0, 3)
        from measurements in Gen.ListOf(MeasurementGen(ext), count)
        from e in ext
        select new Kpi
        {
            Id = id,
            Name = name,
            Category = category,
            CalculatorValue = calculator,
            Scope = scope,
            Unit = unit,
            DirectionValue = direction,
            Baseline = baseline,
            Target = target,
            Measurements = [.. measurements],
            ExtensionData = e,
        };

    private static Gen<KpiScope> ScopeGen(Gen<IDictionary<string, JsonElement>?> ext, string[] stageIds, string[] touchpointIds, string[] personaIds) =>
        from stageId in Optional(Gen.Elements(stageIds))
        from touchpointId in touchpointIds.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(touchpointIds))
        from personaId in personaIds.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(personaIds))
        from e in ext
        select new KpiScope { StageId = stageId, TouchpointId = touchpointId, PersonaId = personaId, ExtensionData = e };

    private static Gen<Measurement> MeasurementGen(Gen<IDictionary<string, JsonElement>?> ext) =>
        from days in Gen.Choose(0, 20_000)
        from seconds in Gen.Choose(0, 86_399)
        from offsetQuarters in Gen.Choose(-48, 56)
        from value in KpiNumber
        from e in ext
        select new Measurement
        {
            At = new DateTimeOffset(new DateTime(2000, 1, 1).AddDays(days).AddSeconds(seconds), TimeSpan.FromMinutes(offsetQuarters * 15)),
            Value = value,
            ExtensionData = e,
        };

    private static Gen<Opportunity> OpportunityGen(Gen<IDictionary<string, JsonElement>?> ext, string[] touchpointIds, string[] outcomeIds) =>
        from id in Id
        from title in Text
        from touchpoints in Gen.SubListOf(touchpointIds)
        from outcomes in Gen.SubListOf(outcomeIds)
        from reach in OptionalValue(Gen.Choose(0, 100_000).Select(static i => (double)i))
        from impact in OptionalValue(Gen.Elements(0.25, 0.5, 1, 2, 3))
        from confidence in OptionalValue(Gen.Choose(0, 100).Select(static i => i / 100.0))
        from effort in OptionalValue(Gen.Choose(1, 1000).Select(static i => i / 10.0))
        from status in OptionalValue(Gen.Elements(Enum.GetValues<OpportunityStatus>()))
        from e in ext
        select new Opportunity
        {
            Id = id,
            Title = title,
            TouchpointIds = [.. touchpoints],
            OutcomeIds = [.. outcomes],
            Reach = reach,
            Impact = impact,
            Confidence = confidence,
            Effort = effort,
            StatusValue = status,
            ExtensionData = e,
        };

    private static Gen<Competitor> CompetitorGen(Gen<IDictionary<string, JsonElement>?> ext, string[] stageIds) =>
        from id in Id
        from name in Text
        from stages in Gen.SubListOf(stageIds)
        from scores in Gen.ListOf(Gen.Choose(0, 1000).Select(static i => i / 10.0), stages.Count)
        from e in ext
        select new Competitor
        {
            Id = id,
            Name = name,
            StageScores = stages.Zip(scores).ToDictionary(static p => p.First, static p => p.Second),
            ExtensionData = e,
        };

    private static Gen<Playbook> PlaybookGen(Gen<IDictionary<string, JsonElement>?> ext, string[] stageIds, string[] touchpointIds) =>
        from id in Id
        from name in Text
        from count in Gen.Choose(0, 2)
        from plays in Gen.ListOf(PlayGen(ext, stageIds, touchpointIds), count)
        from e in ext
        select new Playbook
        {
            Id = id,
            Name = name,
            Plays = [.. plays.Select(static (p, i) => p with { Id = $"{p.Id}-{i}" })],
            ExtensionData = e,
        };

    private static Gen<Play> PlayGen(Gen<IDictionary<string, JsonElement>?> ext, string[] stageIds, string[] touchpointIds) =>
        from id in Id
        from metric in Gen.Elements(PlayMetric.Nps, PlayMetric.Csat, PlayMetric.Ces, PlayMetric.StageScore, PlayMetric.JourneyScore)
        from stageId in Gen.Elements(stageIds)
        from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
        from value in AnyNumber
        from action in Text
        from owner in Optional(Text)
        from priority in OptionalValue(Gen.Choose(-5, 100))
        from conditionExt in ext
        from e in ext
        select new Play
        {
            Id = id,
            When = new PlayCondition
            {
                Metric = metric,
                TargetId = metric == PlayMetric.JourneyScore ? null : stageId,
                Op = op,
                Value = value,
                ExtensionData = conditionExt,
            },
            Action = action,
            Owner = owner,
            Priority = priority,
            ExtensionData = e,
        };

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(static v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(static v => (T?)v)));
}
