using JourneyKit.Kpis;
using JourneyKit.Model;

namespace JourneyKit.Tests.Kpis;

public class KpiAttainmentTests
{
    private static Measurement M(string at, double value) => new() { At = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), Value = value };

    [Theory]
    [InlineData(30, 20, 40, KpiDirection.HigherIsBetter, 0.5)]
    [InlineData(45, 20, 40, KpiDirection.HigherIsBetter, 1)]     // clamped
    [InlineData(10, 20, 40, KpiDirection.HigherIsBetter, 0)]     // clamped
    [InlineData(8, 10, 5, KpiDirection.LowerIsBetter, 0.4)]      // (8 − 10)/(5 − 10)
    [InlineData(12, 10, 5, KpiDirection.LowerIsBetter, 0)]
    public void Of_WithBaseline_IsTheShareOfTheWayFromBaselineToTarget(double current, double baseline, double target, KpiDirection direction, double expected) =>
        Assert.Equal(expected, KpiAttainment.Of(current, baseline, target, direction), 1e-12);

    [Theory]
    [InlineData(40, 35, KpiDirection.HigherIsBetter, 1)]          // meets the target
    [InlineData(28, 35, KpiDirection.HigherIsBetter, 0.8)]        // 28/35
    [InlineData(-5, 35, KpiDirection.HigherIsBetter, 0)]          // not both positive
    [InlineData(5, -1, KpiDirection.HigherIsBetter, 1)]           // 5 ≥ −1
    [InlineData(-3, -1, KpiDirection.HigherIsBetter, 0)]
    [InlineData(4, 5, KpiDirection.LowerIsBetter, 1)]
    [InlineData(8, 5, KpiDirection.LowerIsBetter, 0.625)]         // 5/8
    [InlineData(8, 0, KpiDirection.LowerIsBetter, 0)]             // target 0 is not positive
    public void Of_WithoutBaseline(double current, double target, KpiDirection direction, double expected)
    {
        Assert.Equal(expected, KpiAttainment.Of(current, null, target, direction), 1e-12);
        Assert.Equal(expected, KpiAttainment.Of(current, target, target, direction), 1e-12); // b = t: the same rule
    }

    [Theory]
    [InlineData(null, KpiStatus.Unknown)]
    [InlineData(1.0, KpiStatus.Green)]
    [InlineData(0.5, KpiStatus.Amber)]
    [InlineData(0.4999, KpiStatus.Red)]
    [InlineData(0.0, KpiStatus.Red)]
    public void Status(double? attainment, KpiStatus expected) => Assert.Equal(expected, KpiAttainment.Status(attainment));

    [Fact]
    public void SlopePerDay_IsTheLeastSquaresSlope_WhateverTheFileOrder()
    {
        // Days 0, 1, 3, 4 with values 1, 3, 2, 6: x̄ = 2, ȳ = 3; Σdx·dy = (−2)(−2) + (−1)(0) + (1)(−1) + (2)(3) = 9; Σdx² = 10.
        Measurement[] measurements =
        [
            M("2026-03-04T00:00:00Z", 2),
            M("2026-03-01T00:00:00Z", 1),
            M("2026-03-05T00:00:00Z", 6),
            M("2026-03-02T00:00:00Z", 3),
        ];

        Assert.Equal(0.9, KpiAttainment.SlopePerDay(measurements)!.Value, 1e-12);
    }

    [Fact]
    public void SlopePerDay_CountsHoursAsFractionsOfADay_AcrossOffsets()
    {
        // 2026-03-02T02:00+02:00 is 00:00Z: half a day after 2026-03-01T12:00Z, and the value rose by 1.
        Measurement[] measurements = [M("2026-03-01T12:00:00Z", 10), M("2026-03-02T02:00:00+02:00", 11)];
        Assert.Equal(2, KpiAttainment.SlopePerDay(measurements)!.Value, 1e-12);
    }

    [Fact]
    public void SlopePerDay_AbsentWithFewerThanTwo_OrAllAtOneInstant()
    {
        Assert.Null(KpiAttainment.SlopePerDay([]));
        Assert.Null(KpiAttainment.SlopePerDay([M("2026-03-01T00:00:00Z", 1)]));
        Assert.Null(KpiAttainment.SlopePerDay([M("2026-03-01T00:00:00Z", 1), M("2026-03-01T00:00:00Z", 2)]));
    }

    [Theory]
    [InlineData(0.5, KpiDirection.HigherIsBetter, KpiTrend.Improving)]
    [InlineData(-0.5, KpiDirection.HigherIsBetter, KpiTrend.Declining)]
    [InlineData(0.5, KpiDirection.LowerIsBetter, KpiTrend.Declining)]
    [InlineData(-0.5, KpiDirection.LowerIsBetter, KpiTrend.Improving)]
    [InlineData(5e-10, KpiDirection.HigherIsBetter, KpiTrend.Flat)]
    [InlineData(-5e-10, KpiDirection.LowerIsBetter, KpiTrend.Flat)]
    [InlineData(null, KpiDirection.HigherIsBetter, KpiTrend.Flat)]
    public void Trend(double? slope, KpiDirection direction, KpiTrend expected) =>
        Assert.Equal(expected, KpiAttainment.Trend(slope, direction));

    [Fact]
    public void InTimeOrder_SortsByInstantThenValue()
    {
        var sorted = KpiAttainment.InTimeOrder([M("2026-03-02T00:00:00Z", 5), M("2026-03-01T00:00:00Z", 9), M("2026-03-02T00:00:00Z", 4)]);
        Assert.Equal([9.0, 4, 5], sorted.Select(m => m.Value));
    }
}
