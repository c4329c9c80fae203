using JourneyKit.Kpis;
using JourneyKit.Model;
using JourneyKit.Tests.Scoring;

namespace JourneyKit.Tests.Kpis;

public class BuiltInKpiCalculatorsTests
{
    private static readonly JourneyMap Retail = TestMaps.Retail;

    private static double? Calculate(IKpiCalculator calculator, KpiScope? scope = null, IReadOnlyList<Measurement>? measurements = null) =>
        calculator.Calculate(new KpiContext(Retail, new Kpi { Id = "k", Name = "K", Scope = scope, Measurements = measurements ?? [] }));

    private static Measurement M(int day, double value) => new() { At = new DateTimeOffset(2026, 1, day, 0, 0, 0, TimeSpan.Zero), Value = value };

    [Fact]
    public void Keys_AreTheDesigns() =>
        Assert.Equal(["latest", "mean", "nps", "csat", "ces", "leadTime", "pce"], BuiltInKpiCalculators.Keys);

    [Fact]
    public void Latest_IsTheNewestMeasurement_WhateverTheFileOrder()
    {
        Assert.Equal(1, Calculate(new LatestKpiCalculator(), measurements: [M(3, 7), M(9, 1), M(5, 2)]));
        Assert.Null(Calculate(new LatestKpiCalculator()));
    }

    [Fact]
    public void Mean_OfTheMeasurements()
    {
        Assert.Equal((7 + 1 + 2 + 6) / 4.0, Calculate(new MeanKpiCalculator(), measurements: [M(3, 7), M(9, 1), M(5, 2), M(1, 6)]));
        Assert.Null(Calculate(new MeanKpiCalculator()));
    }

    [Fact]
    public void Survey_WholeMap_StageTouchpointAndPersona()
    {
        Assert.Equal(60, Calculate(new NpsKpiCalculator()));                                       // only t1 has NPS answers
        Assert.Equal(60, Calculate(new NpsKpiCalculator(), new KpiScope { StageId = "discover" }));
        Assert.Null(Calculate(new NpsKpiCalculator(), new KpiScope { StageId = "buy" }));
        Assert.Equal(50, Calculate(new CsatKpiCalculator(), new KpiScope { TouchpointId = "t2" }));
        Assert.Null(Calculate(new CsatKpiCalculator(), new KpiScope { PersonaId = "bob" }));       // bob does not meet t2
        Assert.Equal(50, Calculate(new CsatKpiCalculator(), new KpiScope { PersonaId = "alice" }));
        Assert.Equal(5.5, Calculate(new CesKpiCalculator(), new KpiScope { StageId = "buy", PersonaId = "bob" }));
    }

    [Fact]
    public void Scope_EveryStatedFieldNarrows()
    {
        // t2 is in discover, not in buy: touchpoint and stage together cover nothing.
        var context = new KpiContext(Retail, new Kpi { Id = "k", Name = "K", Scope = new KpiScope { TouchpointId = "t2", StageId = "buy" } });
        Assert.Empty(context.TouchpointsInScope);
        var bobInDiscover = new KpiContext(Retail, new Kpi { Id = "k", Name = "K", Scope = new KpiScope { StageId = "discover", PersonaId = "bob" } });
        Assert.Equal(["t1"], bobInDiscover.TouchpointsInScope.Select(t => t.Id));
    }

    [Fact]
    public void Scope_NamingNothing_Throws_WithThePath()
    {
        var map = Retail with { Kpis = [.. Retail.Kpis, new Kpi { Id = "bad", Name = "Bad", Calculator = "nps", Scope = new KpiScope { StageId = "nowhere" } }] };
        var context = new KpiContext(map, map.Kpis[^1]);

        var e = Assert.Throws<InvalidOperationException>(() => new NpsKpiCalculator().Calculate(context));
        Assert.StartsWith("$.kpis[7].scope.stageId: the map has no stage with the id 'nowhere'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueStream_LeadTimeAndPce()
    {
        Assert.Equal(16, Calculate(new LeadTimeKpiCalculator()));
        Assert.Equal(8, Calculate(new LeadTimeKpiCalculator(), new KpiScope { StageId = "discover" }));
        Assert.Null(Calculate(new LeadTimeKpiCalculator(), new KpiScope { StageId = "after" }));
        Assert.Equal(3.0 / 8, Calculate(new PceKpiCalculator(), new KpiScope { StageId = "buy" }));
        Assert.Equal(2.0 / 2, Calculate(new PceKpiCalculator(), new KpiScope { TouchpointId = "t1" }));
    }
}
