using System.Text;
using JourneyKit.Analytics;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>Hand-computed examples of version 2's breakdown (attribution, limit, versusRest, Holm), cohorts and customer rows.</summary>
public class BreakdownCohortTests
{
    private static JourneyEvent S(string customer, string touchpoint, double seconds, string? segment) =>
        new(customer, touchpoint, T0.AddSeconds(seconds)) { Properties = segment is null ? null : new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["segment"] = segment } };

    private static AnalyticsOptions Options(BreakdownAttribution attribution = BreakdownAttribution.First, int limit = 50, params string[] stages) => new()
    {
        Breakdown = "segment",
        Attribution = attribution,
        BreakdownLimit = limit,
        FunnelStageIds = stages.Length == 0 ? null : stages,
        CollectCustomers = true,
        MaxDegreeOfParallelism = 2,
    };

    [Theory]
    [InlineData(BreakdownAttribution.First, "by-stage-a", "first-input")]
    [InlineData(BreakdownAttribution.Last, "later", "second-input")]
    public void Attribution_TiesBreakOnTimeThenStageInMapOrderThenInputOrder(BreakdownAttribution attribution, string forP, string forQ)
    {
        // p: b1 and a1 at the same instant (b1 first in the input): stage a comes first in map order; "later" at 5 s is the last.
        // q: two a1 events at the same instant, same stage: input order decides, the first for first, the second for last.
        JourneyEvent[] events =
        [
            S("p", "b1", 0, "by-stage-b"), S("p", "a1", 0, "by-stage-a"), S("p", "c1", 5, "later"),
            S("q", "a1", 0, "first-input"), S("q", "a2", 0, "second-input"),
        ];
        var options = Options(attribution);
        var rows = new JourneyAnalyzer().Accumulate(Map, events, options).CustomerFunnels();
        var csv = new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(BreakdownCohortProperties.Csv(events))), options).Accumulator.CustomerFunnels();
        var grouped = new JourneyAnalyzer().Accumulate(Map, events, new AnalyticsOptions { Breakdown = "segment", Attribution = attribution, CollectCustomers = true, Order = EventOrder.GroupedByCustomer }).CustomerFunnels();
        var added = new JourneyAnalyticsAccumulator(Map, options);
        foreach (var e in events)
        {
            added.Add(e);
        }

        foreach (var list in new[] { rows, csv, grouped, added.CustomerFunnels() })
        {
            Assert.Equal([forP, forQ], list.Select(r => r.Group));
        }
    }

    [Fact]
    public void Groups_SortByCustomersThenValueWithNullLast_AndTheRestMergeIntoOneOtherGroupListedLast()
    {
        // Sizes: x 3, y 2, (null) 2, z 1; limit 2 keeps x and y (y before null on the tie); null and z merge into "other" (3 customers), listed last though larger than y.
        var events = new List<JourneyEvent>();
        void Customer(string id, string? segment, bool converts)
        {
            events.Add(S(id, "a1", 0, segment));
            if (converts)
            {
                events.Add(S(id, "b1", 10, "ignored: not the first event"));
            }
        }

        Customer("x1", "x", true);
        Customer("x2", "x", true);
        Customer("x3", "x", false);
        Customer("y1", "y", true);
        Customer("y2", "y", false);
        Customer("n1", null, false);
        Customer("n2", "", true);
        Customer("z1", "z", false);

        var report = new JourneyAnalyzer().Analyze(Map, events, Options(limit: 2));
        var groups = report.Breakdown!.Groups;
        Assert.Equal("segment", report.Breakdown.Column);
        Assert.Equal(BreakdownAttribution.First, report.Breakdown.Attribution);
        Assert.Equal([("x", false, 3L), ("y", false, 2L), (null, true, 3L)], groups.Select(g => (g.Value, g.Other, g.Customers)));
        Assert.Equal([3L, 2, 0, 0], groups[0].Stages.Select(s => s.Reach));
        Assert.Equal(2.0 / 3, groups[0].Stages[1].ConversionFromPrevious!.Value, 12);
        Assert.Equal(1.0 / 3, groups[2].Stages[1].ConversionFromPrevious!.Value, 12);
        Assert.Equal(10, groups[2].Stages[1].MedianSecondsFromPrevious);
        Assert.Null(groups[0].Stages[0].VersusRest);

        // x against the other five customers: 2/3 − 2/5; fewer than 30 on each side, so no test.
        Assert.Equal(new VersusRest { Difference = (2.0 / 3) - (2.0 / 5), Statistic = null, PValue = null, AdjustedPValue = null, Significant = false }, groups[0].Stages[1].VersusRest);

        // Without the limit: four groups, the tie y/null broken with null after every string.
        var all = new JourneyAnalyzer().Analyze(Map, events, Options()).Breakdown!.Groups;
        Assert.Equal([("x", 3L), ("y", 2L), (null, 2L), ("z", 1L)], all.Select(g => (g.Value, g.Customers)));
        Assert.DoesNotContain(all, g => g.Other);

        // A customer's own value in the rows, even when merged into "other"; the empty cell is no value.
        var rows = new JourneyAnalyzer().Accumulate(Map, events, Options(limit: 2)).CustomerFunnels();
        Assert.Equal(["n1", "n2", "x1", "x2", "x3", "y1", "y2", "z1"], rows.Select(r => r.CustomerId));
        Assert.Equal([null, null, "x", "x", "x", "y", "y", "z"], rows.Select(r => r.Group));
    }

    [Fact]
    public void VersusRest_PooledZTest_HolmOverEveryRow()
    {
        // Three groups of 40 customers in a; x, y, z convert 30, 20, 10 into b.
        // x: 30/40 against 30/80: difference 0.375, pooled 0.5, SE √(0.25·(1/40 + 1/80)) = 0.0968246, z = 3.8729833, p = 1.0751118e-4.
        // y: 20/40 against 40/80: difference 0, z 0, p 1. z: the mirror of x, z = −3.8729833, same p.
        // Holm over (x 1.0751e-4, y 1, z 1.0751e-4): sorted px, pz, 1 → 3·px, max(3·px, 2·pz) = 3·px, max(…, 1·1) = 1.
        var events = new List<JourneyEvent>();
        foreach (var (segment, converts) in new[] { ("x", 30), ("y", 20), ("z", 10) })
        {
            for (var i = 0; i < 40; i++)
            {
                events.Add(S($"{segment}{i:00}", "a1", 0, segment));
                if (i < converts)
                {
                    events.Add(S($"{segment}{i:00}", "b1", 60, null));
                }
            }
        }

        var groups = new JourneyAnalyzer().Analyze(Map, events, Options(stages: ["a", "b"])).Breakdown!.Groups;
        var x = groups.Single(g => g.Value == "x").Stages[1].VersusRest!;
        var y = groups.Single(g => g.Value == "y").Stages[1].VersusRest!;
        var z = groups.Single(g => g.Value == "z").Stages[1].VersusRest!;
        Assert.Equal(0.375, x.Difference!.Value, 12);
        Assert.Equal(3.8729833462074166, x.Statistic!.Value, 9);
        Assert.Equal(0.00010751117672950083, x.PValue!.Value, 12);
        Assert.Equal(0.0003225335301885025, x.AdjustedPValue!.Value, 12);
        Assert.True(x.Significant);
        Assert.Equal(-3.8729833462074166, z.Statistic!.Value, 9);
        Assert.Equal(x.AdjustedPValue.Value, z.AdjustedPValue!.Value, 15);
        Assert.True(z.Significant);
        Assert.Equal(new VersusRest { Difference = 0, Statistic = 0, PValue = 1, AdjustedPValue = 1, Significant = false }, y);

        // Stages c and d are outside the funnel: no versusRest.
        Assert.Null(groups[0].Stages[2].VersusRest);
    }

    [Fact]
    public void VersusRest_FewerThan30AtThePreviousStep_OrAPooledStandardErrorOf0_GivesOnlyTheDifference()
    {
        // g: 29 customers in a, 10 in b; rest: 40 in a, 30 in b. 29 < 30: the difference only.
        var events = new List<JourneyEvent>();
        void Add(string segment, int entering, int converting)
        {
            for (var i = 0; i < entering; i++)
            {
                events.Add(S($"{segment}{i:00}", "a1", 0, segment));
                if (i < converting)
                {
                    events.Add(S($"{segment}{i:00}", "b1", 1, null));
                }
            }
        }

        Add("g", 29, 10);
        Add("r", 40, 30);
        var groups = new JourneyAnalyzer().Analyze(Map, events, Options(stages: ["a", "b"])).Breakdown!.Groups;
        var g = groups.Single(x => x.Value == "g").Stages[1].VersusRest!;
        Assert.Equal((10.0 / 29) - (30.0 / 40), g.Difference!.Value, 12);
        Assert.Null(g.Statistic);
        Assert.Null(g.PValue);
        Assert.Null(g.AdjustedPValue);
        Assert.False(g.Significant);

        // One more customer in g (30, 11 converting): now both sides have 30 or more, so a statistic.
        Add("h", 0, 0);
        events.Add(S("g29", "a1", 0, "g"));
        events.Add(S("g29", "b1", 1, null));
        var thirty = new JourneyAnalyzer().Analyze(Map, events, Options(stages: ["a", "b"])).Breakdown!.Groups.Single(x => x.Value == "g").Stages[1].VersusRest!;
        Assert.NotNull(thirty.Statistic);

        // Everyone converts: pooled share 1, standard error 0 — the difference (0) only.
        var all = new List<JourneyEvent>();
        for (var i = 0; i < 60; i++)
        {
            all.Add(S($"c{i:00}", "a1", 0, i < 30 ? "u" : "v"));
            all.Add(S($"c{i:00}", "b1", 1, null));
        }

        var zero = new JourneyAnalyzer().Analyze(Map, all, Options(stages: ["a", "b"])).Breakdown!.Groups[0].Stages[1].VersusRest;
        Assert.Equal(new VersusRest { Difference = 0, Statistic = null, PValue = null, AdjustedPValue = null, Significant = false }, zero);
    }

    [Fact]
    public void Cohorts_IsoWeeksAcrossAYearBoundary_StartOnMonday()
    {
        // 2020-12-31 (Thursday) and 2021-01-03 (Sunday) are in ISO week 2020-W53, which starts on Monday 2020-12-28;
        // 2021-01-04 (Monday) starts 2021-W01. A customer who never enters the first funnel stage is in no cohort.
        JourneyEvent At(string customer, string touchpoint, string time) => new(customer, touchpoint, DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture));
        JourneyEvent[] events =
        [
            At("p", "a1", "2020-12-31T23:30:00-02:00"), // 2021-01-01 01:30 UTC: still W53
            At("p", "b1", "2021-01-01T03:00:00Z"),
            At("q", "a1", "2021-01-03T23:59:59Z"),
            At("r", "a1", "2021-01-04T00:00:00Z"),
            At("s", "b1", "2021-01-04T00:00:00Z"),
        ];

        var report = new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { CohortPeriod = CohortPeriod.Week, FunnelStageIds = ["a", "b"] });

        Assert.Equal(CohortPeriod.Week, report.Cohorts!.Period);
        Assert.Equal(
            [(new DateOnly(2020, 12, 28), 2L, new long[] { 2, 1 }), (new DateOnly(2021, 1, 4), 1L, new long[] { 1, 0 })],
            report.Cohorts.Groups.Select(g => (g.Start, g.Customers, g.Funnel.ToArray())));
        Assert.Contains("\"start\": \"2020-12-28\"", Json(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Cohorts_EmptyPeriodsBetweenTheFirstAndLastAreListed()
    {
        JourneyEvent At(string customer, string touchpoint, DateTimeOffset time) => new(customer, touchpoint, time);
        var jan31 = new DateTimeOffset(2026, 1, 31, 23, 0, 0, TimeSpan.Zero);
        JourneyEvent[] events = [At("p", "a1", jan31), At("p", "b1", jan31.AddDays(1)), At("q", "a1", jan31.AddDays(3)), At("r", "a1", jan31.AddDays(45))];

        var days = new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { CohortPeriod = CohortPeriod.Day }).Cohorts!.Groups;
        Assert.Equal(46, days.Count);
        Assert.Equal([1L, 0, 0, 1], days.Take(4).Select(d => d.Customers));
        Assert.Equal([0L, 0, 0, 0], days[1].Funnel);
        Assert.Equal([1L, 1, 0, 0], days[0].Funnel);
        Assert.Equal(new DateOnly(2026, 3, 17), days[^1].Start);

        // Months: January (p), February (q: 2026-02-03), March (r: 2026-03-17); p converts in February but counts in January.
        var months = new JourneyAnalyzer().Analyze(Map, events, new AnalyticsOptions { CohortPeriod = CohortPeriod.Month }).Cohorts!.Groups;
        Assert.Equal([(new DateOnly(2026, 1, 1), 1L), (new DateOnly(2026, 2, 1), 1L), (new DateOnly(2026, 3, 1), 1L)], months.Select(m => (m.Start, m.Customers)));

        // Only r, with a gap of a month: the months between are empty.
        var gap = new JourneyAnalyzer().Analyze(Map, [At("p", "a1", jan31), At("r", "a1", jan31.AddDays(45))], new AnalyticsOptions { CohortPeriod = CohortPeriod.Month }).Cohorts!.Groups;
        Assert.Equal([1L, 0, 1], gap.Select(m => m.Customers));

        // No customer enters: no cohorts at all.
        Assert.Empty(new JourneyAnalyzer().Analyze(Map, [At("s", "b1", jan31)], new AnalyticsOptions { CohortPeriod = CohortPeriod.Day }).Cohorts!.Groups);
    }

    [Fact]
    public void CustomerRows_DepthLastStageEntryAndGroup_WrittenSpreadsheetSafe()
    {
        JourneyEvent[] events =
        [
            S("=cmd", "a1", 0, "-5"), S("=cmd", "b1", 30, null),
            S("b,c", "b1", 0, "@team"),
            S("a", "a2", 0.5, "+x"),
        ];

        var rows = new JourneyAnalyzer().Accumulate(Map, events, Options()).CustomerFunnels();
        Assert.Equal(
            [
                new CustomerFunnel { CustomerId = "=cmd", Depth = 2, LastStageId = "b", Entry = T0, Group = "-5" },
                new CustomerFunnel { CustomerId = "a", Depth = 1, LastStageId = "a", Entry = T0.AddSeconds(0.5), Group = "+x" },
                new CustomerFunnel { CustomerId = "b,c", Depth = 0, LastStageId = null, Entry = null, Group = "@team" },
            ],
            rows);
        Assert.Equal(
            "customerId,depth,lastStageId,entry,group\r\n"
            + "'=cmd,2,b,2026-01-31T12:00:00Z,-5\r\n"
            + "a,1,a,2026-01-31T12:00:00.5Z,'+x\r\n"
            + "\"b,c\",0,,,'@team\r\n",
            CustomerFunnelCsv.Write(rows));
    }

    [Fact]
    public void CustomerRows_WithoutTheOption_AreRefusedWithASentence()
    {
        var accumulator = new JourneyAnalyticsAccumulator(Map);
        var e = Assert.Throws<InvalidOperationException>(() => accumulator.CustomerFunnels());
        Assert.Equal("The accumulator keeps no customer rows: make it with AnalyticsOptions.CollectCustomers set to true.", e.Message);
    }

    [Fact]
    public void BreakdownOptions_OutOfRange_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new JourneyAnalyticsAccumulator(Map, new AnalyticsOptions { Breakdown = "" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JourneyAnalyticsAccumulator(Map, new AnalyticsOptions { Breakdown = "s", BreakdownLimit = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JourneyAnalyticsAccumulator(Map, new AnalyticsOptions { CohortPeriod = (CohortPeriod)7 }));
    }

    [Fact]
    public void Csv_ABreakdownColumnTheHeaderLacks_IsOneSentence()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("customerId,touchpointId,timestamp,plan\nc,a1,2026-01-31T12:00:00Z,pro\n"));
        var e = Assert.Throws<JourneyKit.Csv.JourneyCsvException>(() => new JourneyAnalyzer().AnalyzeCsv(Map, csv, new AnalyticsOptions { Breakdown = "segment" }));
        Assert.Equal("the header has no 'segment' column to break down by (found: 'customerId', 'touchpointId', 'timestamp', 'plan'); name one of the header's columns, matched ignoring case.", e.Message);

        // Matched ignoring case, like the header.
        csv.Position = 0;
        var report = new JourneyAnalyzer().AnalyzeCsv(Map, csv, new AnalyticsOptions { Breakdown = "PLAN" }).Report;
        Assert.Equal("pro", Assert.Single(report.Breakdown!.Groups).Value);
    }

    [Fact]
    public void Accumulator_AFormatVersion2File_IsRefusedWithASentence()
    {
        var data = new MemoryStream([(byte)'J', (byte)'A', (byte)'K', (byte)'2', 0, 0, 0, 0]);
        var e = Assert.Throws<InvalidDataException>(() => JourneyAnalyticsAccumulator.ReadFrom(Map, data));
        Assert.Equal("The data is a JourneyKit analytics partial result of format version 2, which this version (format 3) does not read: compute the partial result again.", e.Message);
    }
}
