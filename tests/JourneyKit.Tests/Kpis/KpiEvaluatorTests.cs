using JourneyKit.Kpis;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Tests.Scoring;

namespace JourneyKit.Tests.Kpis;

public class KpiEvaluatorTests
{
    private sealed class Constant(string key, double? value) : IKpiCalculator
    {
        public string Key => key;

        public double? Calculate(KpiContext context) => value;
    }

    private sealed class OtherLatest : IKpiCalculator
    {
        public string Key => "latest";

        public double? Calculate(KpiContext context) => 0;
    }

    private static JourneyMap WithKpi(Kpi kpi) => TestMaps.Single([TestMaps.Tp("a", 1)]) with { Kpis = [new Kpi { Id = "first", Name = "F" }, kpi] };

    [Fact]
    public void Keys_AreSortedAndIncludeTheCustomOnes()
    {
        var evaluator = new KpiEvaluator([new Constant("churnRate", 1)]);
        Assert.Equal(["ces", "churnRate", "csat", "latest", "leadTime", "mean", "nps", "pce"], evaluator.Keys);
        Assert.True(evaluator.IsKnown("churnRate"));
        Assert.False(evaluator.IsKnown("ChurnRate"));
    }

    [Fact]
    public void Score_UnknownKey_ThrowsNamingKeyPathAndRegisteredKeys()
    {
        var map = WithKpi(new Kpi { Id = "churn", Name = "Churn", Calculator = "churnRate" });

        // Unvalidated: the evaluator's own guard (the default scorer's validator refuses the key first).
        var e = Assert.Throws<InvalidOperationException>(() => new JourneyScorer(new ScoringOptions { ValidateMap = false }).Score(map));

        Assert.Equal(
            "$.kpis[1].calculator: no KPI calculator has the key 'churnRate'; registered keys: ces, csat, latest, leadTime, mean, nps, pce. "
            + "Register it with AddKpiCalculator<T>() (or pass it to JourneyScorer), or validate the map before scoring it.",
            e.Message);
    }

    [Fact]
    public void Score_CustomCalculator_IsUsed()
    {
        var map = WithKpi(new Kpi { Id = "churn", Name = "Churn", Calculator = "churnRate", Direction = KpiDirection.LowerIsBetter, Target = 2 });

        var row = new JourneyScorer(extraCalculators: [new Constant("churnRate", 4)]).Score(map).Kpis[1];

        Assert.Equal(4, row.Value);
        Assert.Equal(0.5, row.Attainment); // 2/4
        Assert.Equal(KpiStatus.Amber, row.Status);
    }

    [Fact]
    public void Calculate_NonFiniteValue_Throws()
    {
        var map = WithKpi(new Kpi { Id = "x", Name = "X", Calculator = "broken" });

        var e = Assert.Throws<InvalidOperationException>(() => new JourneyScorer(extraCalculators: [new Constant("broken", double.NaN)]).Score(map));

        Assert.StartsWith("$.kpis[1]: the KPI calculator 'broken'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_TwoTypesWithOneKey_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new KpiEvaluator([new OtherLatest()]));
        Assert.Contains("'latest'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_SameTypeTwice_CountsOnce()
    {
        var evaluator = new KpiEvaluator([new LatestKpiCalculator(), new LatestKpiCalculator()]);
        Assert.Equal(7, evaluator.Keys.Count);
    }

    [Fact]
    public void Ctor_EmptyKey_Throws() =>
        Assert.Throws<ArgumentException>("calculators", () => new KpiEvaluator([new Constant(" ", 1)]));

    [Fact]
    public void Evaluate_NoTarget_IsUnknownButKeepsTheValueAndTrend()
    {
        var kpi = new Kpi
        {
            Id = "k",
            Name = "K",
            Direction = KpiDirection.LowerIsBetter,
            Measurements = [new Measurement { At = DateTimeOffset.UnixEpoch.AddDays(2), Value = 1 }, new Measurement { At = DateTimeOffset.UnixEpoch, Value = 3 }],
        };
        var row = new KpiEvaluator().Evaluate(new KpiContext(WithKpi(kpi), kpi));

        Assert.Equal(1, row.Value);
        Assert.Null(row.Attainment);
        Assert.Equal(KpiStatus.Unknown, row.Status);
        Assert.Equal(-1, row.SlopePerDay);
        Assert.Equal(KpiTrend.Improving, row.Trend);
    }
}
