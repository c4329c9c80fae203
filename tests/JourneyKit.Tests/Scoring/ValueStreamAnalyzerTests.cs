using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Scoring;

public class ValueStreamAnalyzerTests
{
    private static Touchpoint T(string id, double? process = null, double? wait = null, bool? valueAdding = null, double? completeAccurate = null, string? owner = null) =>
        new() { Id = id, Name = id, ProcessMinutes = process, WaitMinutes = wait, ValueAdding = valueAdding, CompleteAccurate = completeAccurate, Owner = owner };

    [Fact]
    public void Analyze_HandComputed()
    {
        var stream = ValueStreamAnalyzer.Analyze(
        [
            T("a", process: 10, wait: 20, valueAdding: true, completeAccurate: 0.5, owner: "x"),
            T("b", process: 5, valueAdding: false, owner: "y"),
            T("c", wait: 30, completeAccurate: 0.5, owner: "y"),   // unclassified: lead time only, not waste
            T("d", process: 15, wait: 30, valueAdding: true, owner: "x"),
        ]);

        Assert.Equal(110, stream.LeadTimeMinutes);        // 30 + 5 + 30 + 45
        Assert.Equal(25, stream.ValueAddedMinutes);       // 10 + 15
        Assert.Equal(25.0 / 110, stream.ProcessCycleEfficiency!.Value, 1e-12);
        Assert.Equal(0.25, stream.RolledCompleteAccurate);
        Assert.Equal("c", stream.BottleneckTouchpointId); // c and d both wait 30: the earliest
        Assert.Equal(["b"], stream.WasteTouchpointIds);
        Assert.Equal(2, stream.Handoffs);                 // x→y, y→y, y→x
    }

    [Fact]
    public void Analyze_NoMinutesStated_LeadTimeValueAddedAndPceAreAbsent()
    {
        var stream = ValueStreamAnalyzer.Analyze([T("a", valueAdding: false, owner: "x"), T("b", owner: "y")]);

        Assert.Null(stream.LeadTimeMinutes);
        Assert.Null(stream.ValueAddedMinutes);
        Assert.Null(stream.ProcessCycleEfficiency);
        Assert.Null(stream.BottleneckTouchpointId);
        Assert.Null(stream.RolledCompleteAccurate);
        Assert.Equal(["a"], stream.WasteTouchpointIds);
        Assert.Equal(1, stream.Handoffs);
    }

    [Fact]
    public void Analyze_ZeroLeadTime_HasNoPce_AndNoBottleneck()
    {
        var stream = ValueStreamAnalyzer.Analyze([T("a", process: 0, wait: 0, valueAdding: true)]);

        Assert.Equal(0, stream.LeadTimeMinutes);
        Assert.Equal(0, stream.ValueAddedMinutes);
        Assert.Null(stream.ProcessCycleEfficiency);
        Assert.Null(stream.BottleneckTouchpointId);
    }

    [Fact]
    public void Analyze_Handoffs_NeedBothOwnersStated()
    {
        var stream = ValueStreamAnalyzer.Analyze([T("a", owner: "x"), T("b"), T("c", owner: "y"), T("d", owner: "Y")]);
        Assert.Equal(1, stream.Handoffs); // a→b and b→c have an unstated owner; c→d differ (ordinal)
    }

    [Fact]
    public void Analyze_Empty() => Assert.Equal(0, ValueStreamAnalyzer.Analyze([]).Handoffs);

    [Fact]
    public void CustomerInitiatedShare_AmongTouchpointsThatStateAnInitiator()
    {
        Touchpoint I(Initiator? initiator) => new() { Id = "t", Name = "t", Initiator = initiator };
        Assert.Equal(2.0 / 3, CustomerInitiatedShare.Of([I(Initiator.Customer), I(null), I(Initiator.Company), I(Initiator.Customer)]));
        Assert.Null(CustomerInitiatedShare.Of([I(null)]));
    }
}
