using JourneyKit.Analytics;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>Hand-computed examples of version 2's funnel: chosen stages, the conversion window and the type 7 percentiles.</summary>
public class FunnelWindowTests
{
    private static JourneyAnalyticsReport Run(IEnumerable<JourneyEvent> events, TimeSpan? window = null, params string[] stages) =>
        new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { Window = window, FunnelStageIds = stages.Length == 0 ? null : stages, MaxDegreeOfParallelism = 1 });

    [Fact]
    public void Window_SecondEntryConvertsWhenTheFirstDoesNot_AndTheBoundaryCounts()
    {
        // x: a at 0 and 100, b at 150; window 60 s: entry 0 reaches depth 1 (150 > 60), entry 100 depth 2 (150 ≤ 160): Δ 50.
        // y: a at 0, b at exactly 60 = s + window: counts, Δ 60. z: a at 0, b at 61: past the window, so z stops at a.
        var report = Run(
            [E("x", "a1", 0), E("x", "a1", 100), E("x", "b1", 150), E("y", "a2", 0), E("y", "b1", 60), E("z", "a1", 0), E("z", "b1", 61)],
            TimeSpan.FromSeconds(60),
            "a",
            "b");

        Assert.Equal(new ConversionWindow { Seconds = 60 }, report.Window);
        Assert.Equal(["a", "b"], report.FunnelStageIds);
        Assert.Equal(3, report.Stages[0].Funnel);
        Assert.Equal(2, report.Stages[1].Funnel);
        Assert.Equal(2.0 / 3, report.Stages[1].ConversionFromPrevious!.Value, 12);
        Assert.Equal(55, report.Stages[1].MedianSecondsFromPrevious);

        // Type 7 over {50, 60}: h = p; 50 + p·10.
        var p = report.Stages[1].SecondsFromPrevious!;
        Assert.Equal([52.5, 55, 57.5, 59, 59.5], new[] { p.P25, p.P50, p.P75, p.P90, p.P95 }.Select(v => Math.Round(v, 9)));
        Assert.Equal(2, report.SecondsToConvert!.N);
        Assert.Equal(55, report.SecondsToConvert.P50, 9);

        // c and d are outside the funnel: reach only.
        Assert.Equal(new StageAnalytics { StageId = "c", Reach = 0, Funnel = null, ConversionFromPrevious = null, MedianSecondsFromPrevious = null, SecondsFromPrevious = null }, report.Stages[2]);
    }

    [Fact]
    public void Window_ATickPastTheBoundaryDoesNotCount()
    {
        var events = new[] { new JourneyEvent("y", "a1", T0), new JourneyEvent("y", "b1", T0.AddSeconds(60).AddTicks(1)) };

        var report = Run(events, TimeSpan.FromSeconds(60), "a", "b");

        Assert.Equal(0, report.Stages[1].Funnel);
        Assert.Null(report.Stages[1].SecondsFromPrevious);
        Assert.Null(report.SecondsToConvert);
    }

    [Fact]
    public void Window_TheEarliestEntryOfTheDeepestGivesTheChain()
    {
        // a 0, b 10, a 20, b 25, c 100: window 30 s. Entry 0: b 10, c 100 > 30 → depth 2. Entry 20: b 25, c 100 > 50 → depth 2.
        // Equally deep: the earliest entry's chain, Δ 10 (not 5).
        var report = Run([E("z", "a1", 0), E("z", "b1", 10), E("z", "a1", 20), E("z", "b1", 25), E("z", "c1", 100)], TimeSpan.FromSeconds(30), "a", "b", "c");

        Assert.Equal(10, report.Stages[1].MedianSecondsFromPrevious);
        Assert.Equal(0, report.Stages[2].Funnel);

        // With a window of 90 s the second entry reaches c (100 ≤ 110) and is the deepest: Δ 5, then 75.
        var wide = Run([E("z", "a1", 0), E("z", "b1", 10), E("z", "a1", 20), E("z", "b1", 25), E("z", "c1", 100)], TimeSpan.FromSeconds(90), "a", "b", "c");
        Assert.Equal(5, wide.Stages[1].MedianSecondsFromPrevious);
        Assert.Equal(75, wide.Stages[2].MedianSecondsFromPrevious);
        Assert.Equal(80, wide.SecondsToConvert!.P50, 9);
    }

    [Fact]
    public void Stages_InAnotherOrder_AreRelativeToThePreviousFunnelStage()
    {
        // Funnel c, a: c at 5, a at 3 and 9: a's earliest at or after 5 is 9: Δ 4. Stage b (reached) is outside the funnel.
        var report = Run([E("q", "a1", 3), E("q", "c1", 5), E("q", "a2", 9), E("q", "b1", 1)], null, "c", "a");

        Assert.Equal(["c", "a"], report.FunnelStageIds);
        Assert.Equal(1, report.Stages[2].Funnel);
        Assert.Null(report.Stages[2].ConversionFromPrevious);
        Assert.Equal(1, report.Stages[0].Funnel);
        Assert.Equal(1.0, report.Stages[0].ConversionFromPrevious);
        Assert.Equal(4, report.Stages[0].MedianSecondsFromPrevious);
        Assert.Equal(1, report.Stages[1].Reach);
        Assert.Null(report.Stages[1].Funnel);
    }

    [Theory]
    [InlineData(new double[] { 7 }, new double[] { 7, 7, 7, 7, 7 })]
    [InlineData(new double[] { 10, 20 }, new double[] { 12.5, 15, 17.5, 19, 19.5 })]
    [InlineData(new double[] { 40, 10, 20 }, new double[] { 15, 20, 30, 36, 38 })]
    public void Percentiles_AreType7ForOneTwoAndThreeValues(double[] deltas, double[] expected)
    {
        var events = deltas.SelectMany((d, i) => new[] { E($"c{i}", "a1", 0), E($"c{i}", "b1", d) });

        var report = Run(events, null, "a", "b");

        var p = report.Stages[1].SecondsFromPrevious!;
        Assert.Equal(expected, new[] { p.P25, p.P50, p.P75, p.P90, p.P95 }.Select(v => Math.Round(v, 9)));
        Assert.Equal(expected, new[] { report.SecondsToConvert!.P25, report.SecondsToConvert.P50, report.SecondsToConvert.P75, report.SecondsToConvert.P90, report.SecondsToConvert.P95 }.Select(v => Math.Round(v, 9)));
        Assert.Equal(deltas.Length, report.SecondsToConvert.N);
    }

    [Fact]
    public void OneStageFunnel_TimeToConvertIsZerosOverFunnelOne()
    {
        var report = Run([E("a", "b1", 0), E("b", "b1", 5), E("b", "b1", 9)], null, "b");

        Assert.Equal(new TimeToConvert { P25 = 0, P50 = 0, P75 = 0, P90 = 0, P95 = 0, N = 2 }, report.SecondsToConvert);
    }

    [Fact]
    public void Options_AnUnknownOrRepeatedStageOrAWindowNotAboveZero_AreRefused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Run([], null, "a", "x"));
        Assert.Equal("The funnel stage 'x' is not a stage of the map; its stages are [a, b, c, d]. (Parameter 'options')", unknown.Message);
        var twice = Assert.Throws<ArgumentException>(() => Run([], null, "b", "b"));
        Assert.StartsWith("The funnel stage 'b' is named twice; name each of the map's stages [a, b, c, d] at most once.", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Run([], TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run([], TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentException>(() => new JourneyAnalyzer().Analyze(Map, [], new AnalyticsOptions { FunnelStageIds = [] }));
    }

    [Fact]
    public void Accumulator_OfAnotherFunnelOrWindow_DoesNotMerge_AndAVersion1FileIsRefused()
    {
        var plain = new JourneyAnalyticsAccumulator(Map);
        var windowed = new JourneyAnalyticsAccumulator(Map, new AnalyticsOptions { Window = TimeSpan.FromDays(7) });
        var error = Assert.Throws<ArgumentException>(() => plain.Merge(windowed));
        Assert.Contains("window 604800 s", error.Message, StringComparison.Ordinal);

        using var old = new MemoryStream([0x4A, 0x41, 0x4B, 0x31, 0, 0, 0, 0]);
        var refused = Assert.Throws<InvalidDataException>(() => JourneyAnalyticsAccumulator.ReadFrom(Map, old));
        Assert.Equal("The data is a JourneyKit analytics partial result of format version 1, which this version (format 3) does not read: compute the partial result again.", refused.Message);
    }

    [Fact]
    public void Accumulator_RoundTripsTheFunnelAndWindow()
    {
        var options = new AnalyticsOptions { Window = TimeSpan.FromSeconds(30), FunnelStageIds = ["b", "c"] };
        var part = new JourneyAnalyzer().Accumulate(Map, [E("x", "b1", 0), E("x", "c1", 20), E("y", "b1", 0), E("y", "c1", 40)], options);
        using var stream = new MemoryStream();
        part.WriteTo(stream);
        stream.Position = 0;

        var read = JourneyAnalyticsAccumulator.ReadFrom(Map, stream);

        Assert.Equal(Json(part.ToReport()), Json(read.ToReport()));
        Assert.Equal(1, read.ToReport().Stages[2].Funnel);
        new JourneyAnalyticsAccumulator(Map, options).Merge(read);
    }
}
