using System.Globalization;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Comparison;

public class JourneyComparerTests
{
    private static readonly JourneyComparer Comparer = new();

    private static JourneyMap Before => TestMaps.Read(ImpactMaps.Before);

    private static JourneyMap After => TestMaps.Read(ImpactMaps.After);

    [Fact]
    public void Compare_TwoSnapshots_ReportsEveryFigureAsWorkedByHand()
    {
        // Touchpoint scores (mean of the signals mapped to 0..100: emotion (e + 3)/6·100, CSAT, CES (7 − m)/6·100, NPS (s + 100)/2):
        //   before  ad 66.666667 (e 1) · demo (33.333333 + 65)/2 = 49.166667 · checkout (70 + 61.666667)/2 = 65.833333
        //   after   ad 66.666667        · demo (66.666667 + 72.5)/2 = 69.583333 · checkout (80 + 81.666667)/2 = 80.833333
        // Stage scores: awareness 66.666667 both; purchase 57.5 → 75.208333. Journey (no personas: mean of stages) 62.083333 → 70.9375.
        // Pain points: demo before (emotion −1, and a fall of 2 from ad); none after.
        // Value stream (lead = Σ process + wait; PCE = value-added / lead; RCA = Π completeAccurate):
        //   ad 10, .2, .9 · demo 30, 1/3, – · checkout 10 → 5, 0, .8 · purchase 40 → 35, .25 → 10/35, .8 · journey 50 → 45, .24 → 12/45, .72.
        // Surveys: as in SurveyDifferenceTestTests (NPS 30 n 100 vs 45 n 2000; CSAT 70/100 vs 1600/2000; CES 3.3 vs 2.1, Welch).
        // KPIs: conv 22 → 26, attainment (22 − 20)/10 = .2 → .6; wait (lower is better) 30 → 20, attainment (30 − 40)/(10 − 40) = 1/3 → 2/3.
        string[] expected =
        [
            "journey - score 62.083333 70.937500 8.854167 - - - better",
            "journey - nps 30.000000 45.000000 15.000000 6.537392 2.294493 True better",
            "journey - csat 70.000000 80.000000 10.000000 4.134927 2.418423 True better",
            "journey - ces 3.300000 2.100000 -1.200000 0.567646 -2.113993 False better",
            "journey - leadTimeMinutes 50.000000 45.000000 -5.000000 - - - better",
            "journey - processCycleEfficiency 0.240000 0.266667 0.026667 - - - better",
            "journey - painPoints 1.000000 0.000000 -1.000000 - - - better",
            "journey - rolledCompleteAccurate 0.720000 0.720000 0.000000 - - - unchanged",
            "stage awareness score 66.666667 66.666667 0.000000 - - - unchanged",
            "stage awareness leadTimeMinutes 10.000000 10.000000 0.000000 - - - unchanged",
            "stage awareness processCycleEfficiency 0.200000 0.200000 0.000000 - - - unchanged",
            "stage awareness painPoints 0.000000 0.000000 0.000000 - - - unchanged",
            "stage awareness rolledCompleteAccurate 0.900000 0.900000 0.000000 - - - unchanged",
            "stage purchase score 57.500000 75.208333 17.708333 - - - better",
            "stage purchase nps 30.000000 45.000000 15.000000 6.537392 2.294493 True better",
            "stage purchase csat 70.000000 80.000000 10.000000 4.134927 2.418423 True better",
            "stage purchase ces 3.300000 2.100000 -1.200000 0.567646 -2.113993 False better",
            "stage purchase leadTimeMinutes 40.000000 35.000000 -5.000000 - - - better",
            "stage purchase processCycleEfficiency 0.250000 0.285714 0.035714 - - - better",
            "stage purchase painPoints 1.000000 0.000000 -1.000000 - - - better",
            "stage purchase rolledCompleteAccurate 0.800000 0.800000 0.000000 - - - unchanged",
            "touchpoint ad score 66.666667 66.666667 0.000000 - - - unchanged",
            "touchpoint ad leadTimeMinutes 10.000000 10.000000 0.000000 - - - unchanged",
            "touchpoint ad processCycleEfficiency 0.200000 0.200000 0.000000 - - - unchanged",
            "touchpoint ad painPoints 0.000000 0.000000 0.000000 - - - unchanged",
            "touchpoint ad rolledCompleteAccurate 0.900000 0.900000 0.000000 - - - unchanged",
            "touchpoint demo score 49.166667 69.583333 20.416667 - - - better",
            "touchpoint demo nps 30.000000 45.000000 15.000000 6.537392 2.294493 True better",
            "touchpoint demo leadTimeMinutes 30.000000 30.000000 0.000000 - - - unchanged",
            "touchpoint demo processCycleEfficiency 0.333333 0.333333 0.000000 - - - unchanged",
            "touchpoint demo painPoints 1.000000 0.000000 -1.000000 - - - better",
            "touchpoint checkout score 65.833333 80.833333 15.000000 - - - better",
            "touchpoint checkout csat 70.000000 80.000000 10.000000 4.134927 2.418423 True better",
            "touchpoint checkout ces 3.300000 2.100000 -1.200000 0.567646 -2.113993 False better",
            "touchpoint checkout leadTimeMinutes 10.000000 5.000000 -5.000000 - - - better",
            "touchpoint checkout processCycleEfficiency 0.000000 0.000000 0.000000 - - - unchanged",
            "touchpoint checkout painPoints 0.000000 0.000000 0.000000 - - - unchanged",
            "touchpoint checkout rolledCompleteAccurate 0.800000 0.800000 0.000000 - - - unchanged",
            "kpi conv kpiValue 22.000000 26.000000 4.000000 - - - better",
            "kpi conv kpiAttainment 0.200000 0.600000 0.400000 - - - better",
            "kpi wait kpiValue 30.000000 20.000000 -10.000000 - - - better",
            "kpi wait kpiAttainment 0.333333 0.666667 0.333333 - - - better",
        ];

        var report = Comparer.Compare(Before, After);

        Assert.Equal(DiffKind.Measured, report.Kind);
        Assert.Equal(expected, report.Metrics.Select(Format));
        Assert.Empty(report.OneSided);
        Assert.Empty(report.Warnings);
        Assert.Equal(
            ["touchpoint demo: emotion responses", "touchpoint checkout: waitMinutes responses", "kpi conv: measurements", "kpi wait: measurements"],
            report.Structure.Changed.Select(c => $"{Camel(c.Kind)} {c.Id}: {string.Join(' ', c.Fields)}"));
    }

    [Fact]
    public void Compare_IdenticalMaps_GiveNoChange()
    {
        var report = Comparer.Compare(Before, Before);

        Assert.Equal(DiffKind.Measured, report.Kind);
        Assert.True(report.Structure.IsEmpty);
        Assert.Empty(report.OneSided);
        Assert.Empty(report.Warnings);
        Assert.NotEmpty(report.Metrics);
        Assert.All(report.Metrics, row =>
        {
            Assert.Equal(0, row.Difference);
            Assert.Equal(ChangeDirection.Unchanged, row.Direction);
            Assert.NotEqual(true, row.Significant);
        });
    }

    [Fact]
    public void Compare_SurveyOnOneSideOnly_IsReportedAsOneSidedNotAsAChange()
    {
        // The after map adds NPS answers at "ad"; the before map has none anywhere in awareness.
        var before = Before;
        var after = Before with
        {
            Stages =
            [
                Before.Stages[0] with { Touchpoints = [Before.Stages[0].Touchpoints[0] with { Responses = new SurveyResponses { Nps = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5] } }] },
                Before.Stages[1],
            ],
        };

        var report = Comparer.Compare(before, after);

        Assert.Equal(
            [new OneSidedMetric(DiffScope.Stage, "awareness", DiffMetric.Nps, MetricSide.After), new OneSidedMetric(DiffScope.Touchpoint, "ad", DiffMetric.Nps, MetricSide.After)],
            report.OneSided);
        Assert.DoesNotContain(report.Metrics, r => r.Metric == DiffMetric.Nps && r.Id is "ad" or "awareness");

        // The journey merges every touchpoint, so its NPS is on both sides: 30 (n 100) → 100·(45 − 10)/105 = 33.333333.
        var journeyNps = Assert.Single(report.Metrics, r => r.Scope == DiffScope.Journey && r.Metric == DiffMetric.Nps);
        Assert.Equal(100.0 * 35 / 105, journeyNps.After, 9);

        var swapped = Comparer.Compare(after, before);
        Assert.All(swapped.OneSided, o => Assert.Equal(MetricSide.Before, o.Side));
    }

    [Fact]
    public void Compare_FigureAbsentOnBothSides_IsNotReported()
    {
        // No touchpoint of "demo" states completeAccurate on either side.
        var report = Comparer.Compare(Before, After);

        Assert.DoesNotContain(report.Metrics, r => r.Id == "demo" && r.Metric == DiffMetric.RolledCompleteAccurate);
        Assert.DoesNotContain(report.OneSided, r => r.Id == "demo");
    }

    [Fact]
    public void Compare_AddedTouchpoint_IsStructureNotMetrics()
    {
        var after = After with
        {
            Stages = [After.Stages[0] with { Touchpoints = [.. After.Stages[0].Touchpoints, new Touchpoint { Id = "chatbot", Name = "Chatbot", Emotion = 2 }] }, After.Stages[1]],
        };

        var report = Comparer.Compare(Before, after);

        Assert.Equal([new EntityReference(EntityKind.Touchpoint, "chatbot")], report.Structure.Added);
        Assert.DoesNotContain(report.Metrics, r => r.Id == "chatbot");
        Assert.DoesNotContain(report.OneSided, r => r.Id == "chatbot");
    }

    [Fact]
    public void Compare_MovedTouchpoint_IsStillComparedAtTouchpointScope()
    {
        var after = After with
        {
            Stages = [After.Stages[0] with { Touchpoints = [.. After.Stages[0].Touchpoints, After.Stages[1].Touchpoints[1]] }, After.Stages[1] with { Touchpoints = [After.Stages[1].Touchpoints[0]] }],
        };

        var report = Comparer.Compare(Before, after);

        Assert.Equal([new TouchpointMove("checkout", "purchase", "awareness")], report.Structure.Moved);
        var csat = Assert.Single(report.Metrics, r => r.Id == "checkout" && r.Metric == DiffMetric.Csat);
        Assert.True(csat.Significant);
    }

    [Fact]
    public void Compare_FutureStateOfTheBefore_IsProjected()
    {
        var future = After with { Id = "shop-future", State = MapState.Future, BaseMapId = "shop" };

        var report = Comparer.Compare(Before, future);

        Assert.Equal(DiffKind.Projected, report.Kind);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Compare_FutureGivenFirst_IsProjectedWithAWarning()
    {
        var future = After with { Id = "shop-future", State = MapState.Future, BaseMapId = "shop" };

        var report = Comparer.Compare(future, Before);

        Assert.Equal(DiffKind.Projected, report.Kind);
        var warning = Assert.Single(report.Warnings);
        Assert.Contains("The first map ('shop-future') is the future state of the second ('shop')", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_FutureOfAnotherMap_IsProjectedWithAWarning()
    {
        var future = After with { Id = "shop-future", State = MapState.Future, BaseMapId = "store" };

        var report = Comparer.Compare(Before, future);

        Assert.Equal(DiffKind.Projected, report.Kind);
        Assert.Contains("has baseMapId 'store', not 'shop'", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoPlans_AreProjectedWithAWarning()
    {
        var report = Comparer.Compare(Before with { State = MapState.Future, BaseMapId = "x" }, After with { Id = "plan-b", State = MapState.Future, BaseMapId = "x" });

        Assert.Equal(DiffKind.Projected, report.Kind);
        Assert.Contains("Both maps are future states", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_CurrentMapsWithDifferentIds_AreMeasuredWithAWarning()
    {
        var report = Comparer.Compare(Before, After with { Id = "store" });

        Assert.Equal(DiffKind.Measured, report.Kind);
        Assert.Contains("different ids ('shop' and 'store')", Assert.Single(report.Warnings), StringComparison.Ordinal);
        Assert.Contains(report.Metrics, r => r.Scope == DiffScope.Touchpoint);
    }

    [Fact]
    public void Compare_KpiThatChangedDirection_ComparesOnlyItsAttainment()
    {
        var after = After with { Kpis = [After.Kpis[0] with { Direction = KpiDirection.LowerIsBetter }, After.Kpis[1]] };

        var report = Comparer.Compare(Before, after);

        Assert.DoesNotContain(report.Metrics, r => r.Id == "conv" && r.Metric == DiffMetric.KpiValue);
        Assert.Contains(report.Metrics, r => r.Id == "conv" && r.Metric == DiffMetric.KpiAttainment);
        Assert.Contains("KPI 'conv' changed its direction from higherIsBetter to lowerIsBetter", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ReportOfAnotherMap_IsRefused()
    {
        var scorer = new JourneyScorer();
        var before = Before;
        var other = before with { Id = "other" };

        var error = Assert.Throws<ArgumentException>("afterScores", () => JourneyComparer.Compare(before, scorer.Score(before), before, scorer.Score(other)));
        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("before", () => Comparer.Compare(null!, After));
        Assert.Throws<ArgumentNullException>("after", () => Comparer.Compare(Before, null!));
        Assert.Throws<ArgumentNullException>("scorer", () => new JourneyComparer(null!));
    }

    [Theory]
    [InlineData(0.0, true, ChangeDirection.Unchanged)]
    [InlineData(9e-10, true, ChangeDirection.Unchanged)]
    [InlineData(-9e-10, false, ChangeDirection.Unchanged)]
    [InlineData(1e-9, true, ChangeDirection.Better)]
    [InlineData(1e-9, false, ChangeDirection.Worse)]
    [InlineData(-3, true, ChangeDirection.Worse)]
    [InlineData(-3, false, ChangeDirection.Better)]
    public void DirectionOf_UsesTheToleranceAndTheFiguresDirection(double difference, bool higherIsBetter, ChangeDirection expected)
    {
        Assert.Equal(expected, JourneyComparer.DirectionOf(difference, higherIsBetter));
    }

    private static string Format(MetricChange row) => string.Join(
        ' ',
        Camel(row.Scope),
        row.Id ?? "-",
        Camel(row.Metric),
        F(row.Before),
        F(row.After),
        F(row.Difference),
        row.StandardError is { } se ? F(se) : "-",
        row.Statistic is { } z ? F(z) : "-",
        row.Significant?.ToString() ?? "-",
        Camel(row.Direction));

    private static string F(double value) => (Math.Round(value, 6) + 0.0).ToString("F6", CultureInfo.InvariantCulture);

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
