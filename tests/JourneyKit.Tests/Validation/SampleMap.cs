using JourneyKit.Model;

namespace JourneyKit.Tests.Validation;

/// <summary>A small map that uses every collection of the format and has no error and no warning.</summary>
internal static class SampleMap
{
    public static JourneyMap Create() => new()
    {
        Id = "shop",
        Name = "Shop",
        Personas =
        [
            new Persona { Id = "parent", Name = "Busy parent", Weight = 0.6 },
            new Persona { Id = "student", Name = "Student", Weight = 0.4 },
        ],
        Stages =
        [
            new Stage
            {
                Id = "consider",
                Name = "Consideration",
                Touchpoints =
                [
                    new Touchpoint { Id = "search", Name = "Search", Emotion = 1, ProcessId = "catalogue" },
                    new Touchpoint
                    {
                        Id = "size-guide",
                        Name = "Size guide",
                        PersonaIds = ["parent"],
                        Emotion = -1,
                        EmotionsByPersona = new Dictionary<string, double> { ["parent"] = -2 },
                        ProcessMinutes = 4,
                        WaitMinutes = 0,
                        CompleteAccurate = 0.9,
                        Responses = new SurveyResponses
                        {
                            Nps = [3, 1, 2, 4, 5, 9, 11, 20, 25, 30, 40],
                            Csat = [2, 3, 10, 40, 45],
                            Ces = [10, 20, 30, 15, 10, 5, 2],
                        },
                    },
                ],
            },
            new Stage
            {
                Id = "purchase",
                Name = "Purchase",
                Touchpoints =
                [
                    new Touchpoint { Id = "basket", Name = "Basket", PersonaIds = ["student"], Emotion = 0 },
                    new Touchpoint { Id = "payment", Name = "Payment", Emotion = -2 },
                ],
            },
        ],
        Outcomes =
        [
            new Outcome { Id = "find-size", Statement = "Minimize the time it takes to find the right size", StageId = "consider", PersonaId = "parent", Importance = 8.4, Satisfaction = 3.9, ProcessIds = ["catalogue"] },
            new Outcome { Id = "pay-fast", Statement = "Minimize the time it takes to pay", ImportanceResponses = [1, 2, 3, 10, 20], SatisfactionResponses = [5, 5, 5, 5, 5] },
        ],
        Processes = [new BusinessProcess { Id = "catalogue", Name = "Catalogue management" }],
        Kpis =
        [
            new Kpi
            {
                Id = "conversion",
                Name = "Checkout conversion",
                Scope = new KpiScope { StageId = "purchase", TouchpointId = "payment", PersonaId = "parent" },
                Baseline = 28,
                Target = 35,
                Measurements = [new Measurement { At = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero), Value = 29.5 }],
            },
            new Kpi { Id = "nps", Name = "NPS", Calculator = "nps" },
        ],
        Opportunities =
        [
            new Opportunity { Id = "kids-chart", Title = "Kids size chart", TouchpointIds = ["size-guide"], OutcomeIds = ["find-size"], Reach = 12000, Impact = 2, Confidence = 0.8, Effort = 3 },
        ],
        Competitors = [new Competitor { Id = "acme", Name = "Acme", StageScores = new Dictionary<string, double> { ["consider"] = 71 } }],
        Playbooks =
        [
            new Playbook
            {
                Id = "recover",
                Name = "Recover detractors",
                Plays =
                [
                    new Play { Id = "call", When = new PlayCondition { Metric = PlayMetric.Nps, TargetId = "size-guide", Op = ComparisonOperator.Lt, Value = 0 }, Action = "Call every detractor" },
                    new Play { Id = "watch", When = new PlayCondition { Metric = PlayMetric.JourneyScore, Op = ComparisonOperator.Lt, Value = 50 }, Action = "Review the journey" },
                ],
            },
        ],
    };

    /// <summary>The map with one touchpoint replaced.</summary>
    public static JourneyMap WithTouchpoint(this JourneyMap map, int stage, int touchpoint, Func<Touchpoint, Touchpoint> change) =>
        map.WithStage(stage, s => s with { Touchpoints = Replace(s.Touchpoints, touchpoint, change) });

    /// <summary>The map with one stage replaced.</summary>
    public static JourneyMap WithStage(this JourneyMap map, int stage, Func<Stage, Stage> change) =>
        map with { Stages = Replace(map.Stages, stage, change) };

    /// <summary>A copy of <paramref name="items"/> with item <paramref name="index"/> changed.</summary>
    public static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, int index, Func<T, T> change)
    {
        var copy = items.ToArray();
        copy[index] = change(copy[index]);
        return copy;
    }
}
