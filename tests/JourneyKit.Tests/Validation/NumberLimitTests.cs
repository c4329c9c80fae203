using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Validation;
using static JourneyKit.Tests.Validation.ValidationAssert;

namespace JourneyKit.Tests.Validation;

/// <summary>
/// The format's limits that keep every figure finite (FormatFacts.MaxMagnitude, MinEffort and the
/// map-wide answer cap): the limit itself is valid, the next double beyond it is one sentence naming
/// the path and the limit.
/// </summary>
public sealed class NumberLimitTests
{
    private const string Amount = "must be between 0 and 1000000000000000.";
    private const string KpiValue = "must be between -1000000000000000 and 1000000000000000.";
    private static readonly JourneyMap Map = SampleMap.Create();
    private static readonly JourneyValidator Validator = new();
    private static readonly double JustOver = Math.BitIncrement(1e15);

    [Fact]
    public void Limits_AreTenToTheFifteenAndAThousandth()
    {
        Assert.Equal(1e15, FormatFacts.MaxMagnitude);
        Assert.Equal(0.001, FormatFacts.MinEffort);
        Assert.Equal(1000000000000000.1250, JustOver);
    }

    [Fact]
    public void EveryLimitedValue_AtItsLimit_IsValid()
    {
        var map = Map with
        {
            Personas = SampleMap.Replace(Map.Personas, 0, p => p with { Weight = 1e15 }),
            Stages = SampleMap.Replace(Map.Stages, 0, s => s with { Touchpoints = SampleMap.Replace(s.Touchpoints, 1, t => t with { ProcessMinutes = 1e15, WaitMinutes = 1e15 }) }),
            Kpis = SampleMap.Replace(Map.Kpis, 0, k => k with { Baseline = -1e15, Target = 1e15, Measurements = [new Measurement { At = DateTimeOffset.UnixEpoch, Value = -1e15 }] }),
            Opportunities = SampleMap.Replace(Map.Opportunities, 0, o => o with { Reach = 1e15, Impact = 1e15, Effort = 0.001 }),
        };

        Assert.Empty(Validator.Validate(map).Errors);
    }

    [Fact]
    public void Weight_OverTheLimit_IsOutOfRange() =>
        SingleError(Map with { Personas = SampleMap.Replace(Map.Personas, 0, p => p with { Weight = 1e308 }) },
            "$.personas[0].weight", "range", $"'weight' {Amount} You entered 1E+308.");

    [Fact]
    public void ProcessMinutes_JustOverTheLimit_IsOutOfRange() =>
        SingleError(SampleMap.WithStage(Map, 0, s => s with { Touchpoints = SampleMap.Replace(s.Touchpoints, 1, t => t with { ProcessMinutes = JustOver }) }),
            "$.stages[0].touchpoints[1].processMinutes", "range", $"'processMinutes' {Amount} You entered 1000000000000000.1.");

    [Fact]
    public void WaitMinutes_OverTheLimit_IsOutOfRange() =>
        SingleError(SampleMap.WithStage(Map, 0, s => s with { Touchpoints = SampleMap.Replace(s.Touchpoints, 1, t => t with { WaitMinutes = 1e308 }) }),
            "$.stages[0].touchpoints[1].waitMinutes", "range", $"'waitMinutes' {Amount} You entered 1E+308.");

    [Fact]
    public void Reach_OverTheLimit_IsOutOfRange() =>
        SingleError(Map with { Opportunities = SampleMap.Replace(Map.Opportunities, 0, o => o with { Reach = 1e16 }) },
            "$.opportunities[0].reach", "range", $"'reach' {Amount} You entered 10000000000000000.");

    [Fact]
    public void Impact_OverTheLimit_IsOutOfRange() =>
        SingleError(Map with { Opportunities = SampleMap.Replace(Map.Opportunities, 0, o => o with { Impact = 1e308 }) },
            "$.opportunities[0].impact", "range", $"'impact' {Amount} You entered 1E+308.");

    [Fact]
    public void Effort_TheSmallestDouble_IsOutOfRange() =>
        SingleError(Map with { Opportunities = SampleMap.Replace(Map.Opportunities, 0, o => o with { Effort = double.Epsilon }) },
            "$.opportunities[0].effort", "range", "'effort' must be between 0.001 and 1000000000000000. You entered 5E-324.");

    [Fact]
    public void KpiBaseline_UnderTheLimit_IsOutOfRange() =>
        SingleError(Map with { Kpis = SampleMap.Replace(Map.Kpis, 0, k => k with { Baseline = -1e308 }) },
            "$.kpis[0].baseline", "range", $"'baseline' {KpiValue} You entered -1E+308.");

    [Fact]
    public void KpiTarget_OverTheLimit_IsOutOfRange() =>
        SingleError(Map with { Kpis = SampleMap.Replace(Map.Kpis, 0, k => k with { Target = JustOver }) },
            "$.kpis[0].target", "range", $"'target' {KpiValue} You entered 1000000000000000.1.");

    [Fact]
    public void MeasuredValue_OverTheLimit_IsOutOfRange() =>
        SingleError(Map with { Kpis = SampleMap.Replace(Map.Kpis, 0, k => k with { Measurements = [new Measurement { At = DateTimeOffset.UnixEpoch, Value = 1e308 }] }) },
            "$.kpis[0].measurements[0].value", "range", $"'value' {KpiValue} You entered 1E+308.");

    [Fact]
    public void PlayConditionValue_StaysAnyFiniteNumber() =>
        Assert.Same(NumberRange.Finite, FormatFacts.RangeOf(typeof(PlayCondition), "value"));

    [Fact]
    public void AnswersAcrossTheMap_OverTwoToTheFiftyThree_AreOneErrorAtTheStages()
    {
        // Three lists of 2^52 answers: each within the per-list limit, 3 · 2^52 over the map's.
        var map = ThreeStagesOfCsat(1L << 52);

        SingleError(map, "$.stages", "range",
            "The touchpoints' 'csat' answers must count at most 9007199254740992 in total across the whole map (2^53, the most a double counts exactly), so that the journey's figures are exact. The map holds 13510798882111488.");
    }

    [Fact]
    public void AnswersAcrossTheMap_AtTwoToTheFiftyThree_AreValid()
    {
        // 2^53 = 2^52 + 2^51 + 2^51.
        var map = ThreeStagesOfCsat(1L << 51) with { };
        var stages = map.Stages.ToArray();
        stages[0] = stages[0] with { Touchpoints = [stages[0].Touchpoints[0] with { Responses = new SurveyResponses { Csat = [0, 0, 0, 1L << 52, 0] } }] };

        Assert.Empty(Validator.Validate(map with { Stages = stages }).Errors);
    }

    [Fact]
    public void ListsOverTheirOwnLimit_AreNotCountedTwice()
    {
        // One list over 2^53 is reported by itself; the map-wide sum leaves it out.
        var map = ThreeStagesOfCsat(1L << 60);

        var errors = Validator.Validate(map).Errors;

        Assert.Equal(["$.stages[0].touchpoints[0].responses.csat", "$.stages[1].touchpoints[0].responses.csat", "$.stages[2].touchpoints[0].responses.csat"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Compare_MapOverLongInAnswers_ThrowsInvalidOperationNamingThePath()
    {
        // Unvalidated: 1,100 lists of 2^53 answers sum past long.MaxValue (about 1,024 · 2^53).
        var stages = Enumerable.Range(0, 1100).Select(i => new Stage
        {
            Id = $"s{i}",
            Name = "S",
            Touchpoints = [new Touchpoint { Id = $"t{i}", Name = "T", Responses = new SurveyResponses { Csat = [0, 0, 0, 1L << 53, 0] } }],
        }).ToArray();
        var map = new JourneyMap { Id = "m", Name = "M", Stages = stages };
        var withKpi = map with { Kpis = [new Kpi { Id = "k", Name = "K", Calculator = "csat" }] };

        // The KPI merges every touchpoint's answers in the scorer; without it the scorer merges only
        // per stage and the comparer's journey-level merge is the one that overflows.
        var unvalidated = new JourneyKit.Scoring.JourneyScorer(new JourneyKit.Scoring.ScoringOptions { ValidateMap = false });
        var scoring = Assert.Throws<InvalidOperationException>(() => unvalidated.Score(withKpi));
        var comparing = Assert.Throws<InvalidOperationException>(() => new JourneyComparer(unvalidated).Compare(map, map));

        Assert.Contains("$.stages[1023].touchpoints[0].responses.csat: cannot merge the answer counts", scoring.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2^53 answers of each survey in total", scoring.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.stages[1023].touchpoints[0].responses: cannot compare the survey answers", comparing.Message, StringComparison.Ordinal);
    }

    private static JourneyMap ThreeStagesOfCsat(long fours) => new()
    {
        Id = "m",
        Name = "M",
        Stages = Enumerable.Range(0, 3).Select(i => new Stage
        {
            Id = $"s{i}",
            Name = $"S{i}",
            Touchpoints = [new Touchpoint { Id = $"t{i}", Name = "T", Responses = new SurveyResponses { Csat = [0, 0, 0, fours, 0] } }],
        }).ToArray(),
    };
}
