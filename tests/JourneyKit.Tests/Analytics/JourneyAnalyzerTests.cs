using JourneyKit.Analytics;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

public class JourneyAnalyzerTests
{
    [Fact]
    public void Analyze_OutOfOrderEvents_SortsEachCustomerByTime()
    {
        // x: a at 0, b at 60, c at 180, d at 600 — given backwards.
        var report = Analyze([E("x", "d1", 600), E("x", "c1", 180), E("x", "b1", 60), E("x", "a1", 0)]);

        Assert.Equal([1L, 1, 1, 1], report.Stages.Select(s => s.Funnel));
        Assert.Equal([null, 60.0, 120.0, 420.0], report.Stages.Select(s => s.MedianSecondsFromPrevious));
        var path = Assert.Single(report.Paths);
        Assert.Equal(["a", "b", "c", "d"], path.StageIds);
    }

    [Fact]
    public void Analyze_Stage3BeforeStage2AndAgainAfter_TakesTheVisitAfterStage2()
    {
        // a at 0, c at 5, b at 7, c at 12: t1 = 0, t2 = 7, t3 = the first c at or after 7 = 12.
        var report = Analyze([E("x", "c1", 12), E("x", "a1", 0), E("x", "b1", 7), E("x", "c1", 5)]);

        Assert.Equal([1L, 1, 1, 0], report.Stages.Select(s => s.Reach));
        Assert.Equal([1L, 1, 1, 0], report.Stages.Select(s => s.Funnel));
        Assert.Equal(7.0, report.Stages[1].MedianSecondsFromPrevious);
        Assert.Equal(5.0, report.Stages[2].MedianSecondsFromPrevious);
        Assert.Equal(["a", "c", "b", "c"], Assert.Single(report.Paths).StageIds);
    }

    [Fact]
    public void Analyze_SkippedStage_StopsTheFunnelButCountsReach()
    {
        // a then c, no b: reach of c counts, the funnel stops after a.
        var report = Analyze([E("x", "a1", 0), E("x", "c1", 10), E("y", "a1", 0), E("y", "b1", 10), E("y", "c1", 20)]);

        Assert.Equal([2L, 1, 2, 0], report.Stages.Select(s => s.Reach));
        Assert.Equal([2L, 1, 1, 0], report.Stages.Select(s => s.Funnel));
        Assert.Equal([null, 0.5, 1.0, 0.0], report.Stages.Select(s => s.ConversionFromPrevious));
    }

    [Fact]
    public void Analyze_StageBeforeTheFirstStage_DoesNotCountInTheFunnel()
    {
        // b happens only before a: no t2 at or after t1.
        var report = Analyze([E("x", "b1", 0), E("x", "a1", 10)]);

        Assert.Equal([1L, 0, 0, 0], report.Stages.Select(s => s.Funnel));
        Assert.Equal(["b", "a"], Assert.Single(report.Paths).StageIds);
    }

    [Fact]
    public void Analyze_TiesInTime_AtOrAfterCountsAndPathsFollowStageOrder()
    {
        // b and a at the same instant (b given first): t2 = t1, delta 0; the path lists a before b.
        var report = Analyze([E("x", "b1", 30), E("x", "a1", 30), E("x", "c1", 30)]);

        Assert.Equal([1L, 1, 1, 0], report.Stages.Select(s => s.Funnel));
        Assert.Equal([null, 0.0, 0.0, null], report.Stages.Select(s => s.MedianSecondsFromPrevious));
        Assert.Equal(["a", "b", "c"], Assert.Single(report.Paths).StageIds);
    }

    [Fact]
    public void Analyze_EqualInstantsInDifferentOffsets_AreTheSameInstant()
    {
        // 14:00+02:00 is 12:00Z: a tie, so b follows a after 0 s and the path is in stage order.
        var noonUtc = new DateTimeOffset(2026, 1, 31, 12, 0, 0, TimeSpan.Zero);
        var twoPmPlusTwo = new DateTimeOffset(2026, 1, 31, 14, 0, 0, TimeSpan.FromHours(2));
        var elevenMinusFive = new DateTimeOffset(2026, 1, 31, 7, 0, 0, TimeSpan.FromHours(-5));
        var report = Analyze([new("x", "b1", twoPmPlusTwo), new("x", "a1", noonUtc), new("x", "c1", elevenMinusFive)]);

        Assert.Equal([1L, 1, 1, 0], report.Stages.Select(s => s.Funnel));
        Assert.Equal(0.0, report.Stages[1].MedianSecondsFromPrevious);
        Assert.Equal(0.0, report.Stages[2].MedianSecondsFromPrevious);
        Assert.Equal(["a", "b", "c"], Assert.Single(report.Paths).StageIds);
    }

    [Fact]
    public void Analyze_OddCount_MedianIsTheMiddleValue()
    {
        // a → b deltas 10, 60, 20 s: sorted 10, 20, 60 → 20.
        var report = Analyze([E("x", "a1", 0), E("x", "b1", 10), E("y", "a1", 0), E("y", "b1", 60), E("z", "a1", 0), E("z", "b1", 20)]);

        Assert.Equal(20.0, report.Stages[1].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Analyze_EvenCount_MedianIsTheMeanOfTheTwoMiddleValues()
    {
        // deltas 10, 100, 30, 20.5 s: sorted 10, 20.5, 30, 100 → (20.5 + 30) / 2 = 25.25.
        var report = Analyze(
        [
            E("w", "a1", 0), E("w", "b1", 10), E("x", "a1", 0), E("x", "b1", 100),
            E("y", "a1", 0), E("y", "b1", 30), E("z", "a1", 0), E("z", "b1", 20.5),
        ]);

        Assert.Equal(25.25, report.Stages[1].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Analyze_SubSecondDeltas_KeepTheirPrecision()
    {
        var report = Analyze([new("x", "a1", T0), new("x", "b1", T0.AddTicks(1_234_567))]);

        Assert.Equal(0.1234567, report.Stages[1].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Analyze_PathTies_AreOrderedByJoinedIdsOrdinal()
    {
        // a>c and a>b both have 2 customers, a>b>c has 3: a>b>c, then a>b before a>c.
        var events = new List<JourneyEvent>();
        foreach (var (customer, stages) in new[] { ("1", "ac"), ("2", "ac"), ("3", "ab"), ("4", "ab"), ("5", "abc"), ("6", "abc"), ("7", "abc") })
        {
            events.AddRange(stages.Select((s, i) => E(customer, $"{s}1", i)));
        }

        var report = Analyze(events);

        Assert.Equal(["a>b>c", "a>b", "a>c"], report.Paths.Select(p => string.Join('>', p.StageIds)));
        Assert.Equal([3L, 2, 2], report.Paths.Select(p => p.Customers));
    }

    [Fact]
    public void Analyze_MoreThanTenPaths_KeepsTheTenMostFrequent()
    {
        // 12 distinct single-customer paths plus one path of 2 customers.
        var events = new List<JourneyEvent>();
        var sequences = new[] { "a", "b", "c", "d", "ab", "ac", "ad", "ba", "bc", "bd", "ca", "cb" };
        for (var i = 0; i < sequences.Length; i++)
        {
            events.AddRange(sequences[i].Select((s, j) => E($"c{i}", $"{s}1", j)));
        }

        events.AddRange([E("extra1", "d1", 0), E("extra1", "a1", 1), E("extra2", "d1", 0), E("extra2", "a1", 1)]);
        var report = Analyze(events);

        Assert.Equal(10, report.Paths.Count);
        Assert.Equal("d>a", string.Join('>', report.Paths[0].StageIds));
        Assert.Equal(["a", "a>b", "a>c", "a>d", "b", "b>a", "b>c", "b>d", "c"], report.Paths.Skip(1).Select(p => string.Join('>', p.StageIds)));
    }

    [Fact]
    public void Analyze_ConsecutiveRepeats_AreFoldedInPaths()
    {
        var report = Analyze([E("x", "a1", 0), E("x", "a2", 1), E("x", "b1", 2), E("x", "b1", 3), E("x", "a1", 4)]);

        Assert.Equal(["a", "b", "a"], Assert.Single(report.Paths).StageIds);
        Assert.Equal(1, report.Stages[0].Reach);
    }

    [Fact]
    public void Analyze_NoCustomerAtThePreviousStep_ConversionIsNull()
    {
        // Nobody reaches b, so c's conversion is 0/0: null, not NaN; d's as well.
        var report = Analyze([E("x", "a1", 0), E("x", "c1", 1)]);

        Assert.Equal([null, 0.0, null, null], report.Stages.Select(s => s.ConversionFromPrevious));
        Assert.Equal([null, null, null, null], report.Stages.Select(s => s.MedianSecondsFromPrevious));
    }

    [Fact]
    public void Analyze_UnknownTouchpointsAndMalformedEvents_AreCountedNotUsed()
    {
        var report = Analyze(
        [
            E("x", "a1", 0), E("x", "nope", 1), E("only-unknown", "nope", 0),
            E("", "a1", 0), new JourneyEvent(null!, "a1", T0), new JourneyEvent("y", "", T0),
        ]);

        Assert.Equal(3, report.Events);
        Assert.Equal(2, report.UnknownTouchpointEvents);
        Assert.Equal(3, report.MalformedLines);
        Assert.Equal(1, report.Customers);
    }

    [Fact]
    public void Analyze_CustomerInitiatedShare_CountsEventsWhoseTouchpointStatesAnInitiator()
    {
        // a1 customer ×2, a2 company ×1, c1 no initiator (ignored), unknown ignored: 2 / 3.
        var report = Analyze([E("x", "a1", 0), E("x", "a1", 1), E("y", "a2", 0), E("y", "c1", 1), E("y", "zzz", 2)]);

        Assert.Equal(2.0 / 3.0, report.CustomerInitiatedShare);
        Assert.Null(Analyze([E("x", "c1", 0)]).CustomerInitiatedShare);
    }

    [Fact]
    public void Analyze_NoEvents_GivesZerosAndNulls()
    {
        var report = Analyze([]);

        Assert.Equal(0, report.Events);
        Assert.Equal(0, report.Customers);
        Assert.Null(report.CustomerInitiatedShare);
        Assert.All(report.Stages, s => Assert.Equal((0L, 0L, (double?)null), (s.Reach, s.Funnel, s.MedianSecondsFromPrevious)));
        Assert.Empty(report.Paths);
    }

    [Fact]
    public void Analyze_GroupedOrder_GivesTheSameReportAsAnyOrder()
    {
        var events = new[] { E("x", "a1", 0), E("x", "b1", 5), E("x", "zzz", 6), E("y", "b1", 0), E("y", "a1", 3), E("", "a1", 0), E("z", "c1", 1) };
        var any = Analyze(events);
        var grouped = new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { Order = EventOrder.GroupedByCustomer });

        Assert.Equal(Json(any), Json(grouped));
    }

    [Fact]
    public void Analyze_GroupedOrderBroken_ThrowsNamingTheCustomer()
    {
        var events = new[] { E("x", "a1", 0), E("y", "a1", 0), E("x", "b1", 5) };

        var e = Assert.Throws<ArgumentException>("events", () => new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { Order = EventOrder.GroupedByCustomer }));
        Assert.Contains("'x'", e.Message, StringComparison.Ordinal);
        Assert.Contains("event 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeAsync_GivesTheSameReportAsAnalyze()
    {
        var events = Enumerable.Range(0, 50_000).Select(i => E($"c{i % 7919}", TouchpointIds[i % 5], i % 97)).ToArray();

        var expected = Json(Analyze(events));
        Assert.Equal(expected, Json(await new JourneyAnalyzer().AnalyzeAsync(Map, ToAsync(events))));
        Assert.Equal(expected, Json(await new JourneyAnalyzer().AnalyzeAsync(Map, ToAsync(events.OrderBy(e => e.CustomerId, StringComparer.Ordinal)), new AnalyticsOptions { Order = EventOrder.GroupedByCustomer })));
    }

    [Fact]
    public async Task AnalyzeAsync_SeveralChunks_GivesTheSameReportAsAnalyze()
    {
        // More than two chunks of 2^18 events, with each customer's events spread over all of them.
        var events = Enumerable.Range(0, 600_000).Select(i => E($"c{i % 50_021}", TouchpointIds[(i / 7) % 5], (i * 31) % 1_009)).ToArray();

        Assert.Equal(Json(Analyze(events)), Json(await new JourneyAnalyzer().AnalyzeAsync(Map, ToAsync(events))));
    }

    [Fact]
    public void Analyze_PooledMemory_KeepsNoCustomerIdAlive()
    {
        // The records that hold the id strings come from the shared array pool: once the report is
        // made, nothing may keep an id alive.
        var ids = AnalyzeAndForget();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.DoesNotContain(ids, id => id.IsAlive);
    }

    [Fact]
    public async Task Analyze_ManyAtOnce_EachGivesTheReportOfOne()
    {
        // Analyses share the array pool, never state.
        var events = Enumerable.Range(0, 200_000).Select(i => E($"c{i % 30_011}", TouchpointIds[(i / 3) % 5], (i * 17) % 503)).ToArray();
        var expected = Json(Analyze(events));

        var reports = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Json(Analyze(events)))));

        Assert.All(reports, report => Assert.Equal(expected, report));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference[] AnalyzeAndForget()
    {
        var events = Enumerable.Range(0, 100_000).Select(i => E(new string('c', 1) + (i % 20_011).ToString(System.Globalization.CultureInfo.InvariantCulture), TouchpointIds[i % 5], i % 61)).ToArray();
        var report = Analyze(events);
        Assert.Equal(20_011, report.Customers);
        return [.. events.Take(1_000).Select(e => new WeakReference(e.CustomerId))];
    }

    [Fact]
    public void Analyze_LazySequence_GivesTheSameReportAsAnArray()
    {
        var events = Enumerable.Range(0, 70_000).Select(i => E($"c{i % 10007}", TouchpointIds[i % 5], i % 89)).ToArray();

        Assert.Equal(Json(Analyze(events)), Json(Analyze(events.Select(e => e))));
        Assert.Equal(Json(Analyze(events)), Json(Analyze(events.ToList(), parallelism: 3)));
    }

    [Fact]
    public void Analyze_Arguments_AreChecked()
    {
        var analyzer = new JourneyAnalyzer();

        Assert.Throws<ArgumentNullException>("map", () => analyzer.Analyze(null!, []));
        Assert.Throws<ArgumentNullException>("events", () => analyzer.Analyze(Map, null!));
        Assert.Throws<ArgumentOutOfRangeException>("MaxDegreeOfParallelism", () => analyzer.Analyze(Map, [], new AnalyticsOptions { MaxDegreeOfParallelism = 0 }));
    }

    private static async IAsyncEnumerable<JourneyEvent> ToAsync(IEnumerable<JourneyEvent> events)
    {
        foreach (var e in events)
        {
            yield return e;
        }

        await Task.Yield();
    }

    [Fact]
    public void Analyze_LongAndShortCustomersWithTheSamePath_CountAsOnePath()
    {
        // x lingers: 20 events, the path a>b>a>b collapses to 4 steps; y walks it in 4 events. The path
        // key of a customer with more than 16 events is built another way, and must be the same key.
        var lingering = Enumerable.Range(0, 20).Select(i => E("x", i % 10 < 5 ? "a1" : "b1", i));
        var report = Analyze([.. lingering, E("y", "a1", 0), E("y", "b1", 1), E("y", "a1", 2), E("y", "b1", 3)]);

        var path = Assert.Single(report.Paths);
        Assert.Equal(["a", "b", "a", "b"], path.StageIds);
        Assert.Equal(2, path.Customers);
        Assert.Equal([2L, 2, 0, 0], report.Stages.Select(s => s.Reach));
    }
}
