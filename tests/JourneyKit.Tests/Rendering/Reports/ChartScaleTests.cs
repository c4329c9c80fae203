using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering.Reports;

/// <summary>The log-time axis of the time-to-convert chart and the durations its labels read.</summary>
public sealed class ChartScaleTests
{
    [Fact]
    public void Time_SpansTheTicksAroundTheData()
    {
        var scale = ChartScale.Time([900, 400_000], 0, 100);

        Assert.Equal(["10 min", "1 h", "6 h", "1 d", "1 wk"], scale.TimeTicksInside().Select(t => t.Label));
        Assert.Equal(0, scale.Map(600), 9);
        Assert.Equal(100, scale.Map(604_800), 9);
        // Log: 1 h sits at log(6)/log(1008) of the way.
        Assert.Equal(100 * Math.Log(6) / Math.Log(1008), scale.Map(3600), 9);
    }

    [Fact]
    public void Time_NarrowData_WidensToTwoDecades_BelowThenAbove()
    {
        Assert.Equal(["10 min", "1 h", "6 h", "1 d"], ChartScale.Time([3600, 7200], 0, 1).TimeTicksInside().Select(t => t.Label));
        // Zero (a one-stage funnel's times) is drawn at 1 s; nothing lies below 1 s, so the axis grows upwards only.
        var zero = ChartScale.Time([0, 0], 0, 1);
        Assert.Equal(["1 s", "10 s", "1 min", "10 min"], zero.TimeTicksInside().Select(t => t.Label));
        Assert.Equal(0, zero.Map(0), 9);
    }

    [Fact]
    public void Linear_TicksAreRound()
    {
        Assert.Equal([0.0, 25, 50, 75, 100], ChartScale.Linear(0, 100, 0, 1).LinearTicks(4));
        Assert.Equal([2.0, 3, 4, 5, 6], ChartScale.Linear(2, 6, 0, 1).LinearTicks(4));
        // 200 / 3 = 66.7 rounds up to a step of 100 (1, 2, 2.5, 5 or 10 × 10ⁿ).
        Assert.Equal([-100.0, 0, 100], ChartScale.Linear(-100, 100, 0, 1).LinearTicks(3));
    }

    [Theory]
    [InlineData(5.25, "5.3 s")]
    [InlineData(45, "45 s")]
    [InlineData(1830, "30.5 min")]
    [InlineData(14_400, "4 h")]
    [InlineData(172_799, "48 h")]
    [InlineData(250_000, "2.9 d")]
    public void DurationText_ReadsAsPeopleSayIt(double seconds, string expected) => Assert.Equal(expected, DurationText.Of(seconds));
}
