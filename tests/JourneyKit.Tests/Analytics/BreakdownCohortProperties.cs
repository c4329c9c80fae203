using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>Version 2's breakdown, cohorts and customer rows, checked on random event sets against the literal rules.</summary>
public class BreakdownCohortProperties
{
    private static readonly string?[] Segments = ["x", "y", "", null, "Z", "w,\"q\""];

    /// <summary>An event with an optional segment (a missing property when the segment slot is 6); times in steps of a second, a day or five days.</summary>
    /// <remarks>With many customers, mostly two segments, so that groups reach the 30 customers a test needs.</remarks>
    private static Gen<JourneyEvent> EventGen(int customers, long stepTicks) =>
        from customer in Gen.Choose(0, customers)
        from touchpoint in customers > 9 ? Gen.Frequency((3, Gen.Choose(0, 1)), (1, Gen.Choose(0, 5))) : Gen.Choose(0, 5)
        from steps in Gen.Choose(0, 40)
        from segment in customers > 9 ? Gen.Frequency((8, Gen.Choose(0, 1)), (1, Gen.Choose(0, 6))) : Gen.Choose(0, 6)
        select new JourneyEvent(
            customer == customers ? "" : $"c{customer}",
            touchpoint == 5 ? "unknown" : TouchpointIds[touchpoint],
            T0.AddTicks(steps * stepTicks))
        {
            Properties = segment == 6 ? null : new Dictionary<string, string?> { ["segment"] = Segments[segment] },
        };

    private static readonly Gen<JourneyEvent[]> EventsGen =
        from step in Gen.Elements(TimeSpan.TicksPerSecond, TimeSpan.TicksPerDay, 5 * TimeSpan.TicksPerDay)
        from many in Gen.Elements(false, false, true)
        from events in many ? Gen.ArrayOf(EventGen(90, step), 400) : Gen.ArrayOf(EventGen(9, step))
        select events;

    /// <summary>Every option: a window (in the events' time steps) or none, a funnel, a breakdown or none, an attribution, a limit, a period or none.</summary>
    private static readonly Gen<AnalyticsOptions> OptionsGen =
        from window in Gen.Choose(0, 45)
        from count in Gen.Choose(0, 4)
        from order in Gen.Shuffle(new[] { "a", "b", "c", "d" })
        from breakdown in Gen.Elements<string?>("segment", "segment", "segment", null)
        from last in Gen.Elements(false, true)
        from limit in Gen.Choose(1, 5)
        from period in Gen.Elements<CohortPeriod?>(CohortPeriod.Day, CohortPeriod.Week, CohortPeriod.Month, null)
        select new AnalyticsOptions
        {
            Window = window == 0 ? null : TimeSpan.FromDays(window),
            FunnelStageIds = count == 0 ? null : order.Take(count).ToArray(),
            Breakdown = breakdown,
            Attribution = last ? BreakdownAttribution.Last : BreakdownAttribution.First,
            BreakdownLimit = limit,
            CohortPeriod = period,
            CollectCustomers = true,
            MaxDegreeOfParallelism = 2,
        };

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(200);

    private static Arbitrary<(JourneyEvent[] Events, AnalyticsOptions Options)> Input =>
        (from events in EventsGen from options in OptionsGen select (events, options)).ToArbitrary();

    [Fact]
    public void EveryOption_EveryFigureAndEveryCustomerRow_AgreesWithTheLiteralRules_InMemoryGroupedAndCsv()
    {
        var tested = 0;
        Check.One(Config, Prop.ForAll(Input, input =>
        {
            var (events, options) = input;
            var literal = ReferenceAnalytics.Analyze(Map, events, options);
            tested += literal.Breakdown?.Groups.Any(g => g.Stages.Any(s => s.VersusRest?.PValue is not null)) == true ? 1 : 0;
            var expected = Json(literal);
            var expectedRows = ReferenceAnalytics.Customers(Map, events, options);

            var any = new JourneyAnalyzer().Accumulate(Map, events, options);
            var grouped = new JourneyAnalyzer().Accumulate(Map, events.OrderBy(e => e.CustomerId, StringComparer.Ordinal), Copy(options, EventOrder.GroupedByCustomer));
            var csv = new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(Csv(events))), options);
            var streamed = new JourneyAnalyzer().AnalyzeAsync(Map, ToAsync(events), options).GetAwaiter().GetResult();
            return Json(any.ToReport()) == expected
                && Json(streamed) == expected
                && any.CustomerFunnels().SequenceEqual(expectedRows)
                && Json(grouped.ToReport()) == expected
                && grouped.CustomerFunnels().SequenceEqual(expectedRows)
                && Json(csv.Report) == expected
                && csv.Accumulator.CustomerFunnels().SequenceEqual(expectedRows);
        }));

        // The random sets are big enough, often enough, for the z-test and Holm to run (not only the < 30 rule).
        Assert.True(tested >= 10, $"only {tested} of the random sets had a test");
    }

    [Fact]
    public void BreakdownGroupsSumToCustomers_CohortsSumToTheFirstFunnelStep()
    {
        Check.One(Config, Prop.ForAll(Input, input =>
        {
            var (events, options) = input;
            options.Breakdown = "segment";
            options.CohortPeriod ??= CohortPeriod.Week;
            var report = new JourneyAnalyzer().Analyze(Map, events, options);
            var first = report.Stages.Single(s => s.StageId == report.FunnelStageIds[0]).Funnel;
            return report.Breakdown!.Groups.Sum(g => g.Customers) == report.Customers
                && report.Cohorts!.Groups.Sum(c => c.Customers) == first
                && report.Cohorts.Groups.All(c => c.Funnel[0] == c.Customers);
        }));
    }

    [Fact]
    public void WithNoLimitHit_EachGroupsFiguresEqualAnAnalysisOfItsCustomersAlone()
    {
        Check.One(Config, Prop.ForAll(Input, input =>
        {
            var (events, options) = input;
            options.Breakdown = "segment";
            options.BreakdownLimit = 50;
            var analyzer = new JourneyAnalyzer();
            var rows = analyzer.Accumulate(Map, events, options).CustomerFunnels();
            var report = analyzer.Analyze(Map, events, options);
            var alone = new AnalyticsOptions { Window = options.Window, FunnelStageIds = options.FunnelStageIds };
            return report.Breakdown!.Groups.All(group =>
            {
                var who = rows.Where(r => r.Group == group.Value).Select(r => r.CustomerId).ToHashSet(StringComparer.Ordinal);
                var own = analyzer.Analyze(Map, events.Where(e => e.CustomerId is not null && who.Contains(e.CustomerId)), alone);
                return !group.Other
                    && own.Customers == group.Customers
                    && own.Stages.Zip(group.Stages).All(pair =>
                        pair.First.StageId == pair.Second.StageId
                        && pair.First.Reach == pair.Second.Reach
                        && pair.First.Funnel == pair.Second.Funnel
                        && Nullable.Equals(pair.First.ConversionFromPrevious, pair.Second.ConversionFromPrevious)
                        && Nullable.Equals(pair.First.MedianSecondsFromPrevious, pair.Second.MedianSecondsFromPrevious)
                        && Equals(pair.First.SecondsFromPrevious, pair.Second.SecondsFromPrevious));
            });
        }));
    }

    [Fact]
    public void EveryOption_MergeOfAnyPartitionByCustomer_EqualsOnePass()
    {
        var arb = (from events in EventsGen
                   from options in OptionsGen
                   from parts in Gen.Choose(1, 4)
                   from assignment in Gen.ArrayOf(Gen.Choose(0, parts - 1), 92)
                   select (events, options, parts, assignment)).ToArbitrary();

        Check.One(Config, Prop.ForAll(arb, input =>
        {
            var (events, options, parts, assignment) = input;
            int PartOf(JourneyEvent e) => assignment[string.IsNullOrEmpty(e.CustomerId) ? 91 : int.Parse(e.CustomerId.AsSpan(1), provider: CultureInfo.InvariantCulture)];
            var merged = new JourneyAnalyticsAccumulator(Map, options);
            for (var p = 0; p < parts; p++)
            {
                var mine = events.Where(e => PartOf(e) == p).ToArray();
                JourneyAnalyticsAccumulator partial;
                switch (p % 4)
                {
                    case 0:
                        partial = new JourneyAnalyzer().Accumulate(Map, mine, options);
                        break;
                    case 1:
                        partial = new JourneyAnalyticsAccumulator(Map, options);
                        foreach (var e in mine)
                        {
                            partial.Add(e);
                        }

                        break;
                    case 2:
                        partial = new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(Csv(mine))), options).Accumulator;
                        break;
                    default:
                        using (var stream = new MemoryStream())
                        {
                            new JourneyAnalyzer().Accumulate(Map, mine.OrderBy(e => e.CustomerId, StringComparer.Ordinal), Copy(options, EventOrder.GroupedByCustomer)).WriteTo(stream);
                            stream.Position = 0;
                            partial = JourneyAnalyticsAccumulator.ReadFrom(Map, stream);
                        }

                        break;
                }

                merged.Merge(partial);
            }

            var one = new JourneyAnalyzer().Accumulate(Map, events, options);
            using var written = new MemoryStream();
            merged.WriteTo(written);
            written.Position = 0;
            var reread = JourneyAnalyticsAccumulator.ReadFrom(Map, written);
            return Json(merged.ToReport()) == Json(one.ToReport())
                && merged.CustomerFunnels().SequenceEqual(one.CustomerFunnels())
                && Json(reread.ToReport()) == Json(one.ToReport())
                && reread.CustomerFunnels().SequenceEqual(one.CustomerFunnels());
        }));
    }

    private static async IAsyncEnumerable<JourneyEvent> ToAsync(IEnumerable<JourneyEvent> events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }

    private static AnalyticsOptions Copy(AnalyticsOptions options, EventOrder order) => new()
    {
        Window = options.Window,
        FunnelStageIds = options.FunnelStageIds,
        Breakdown = options.Breakdown,
        Attribution = options.Attribution,
        BreakdownLimit = options.BreakdownLimit,
        CohortPeriod = options.CohortPeriod,
        CollectCustomers = options.CollectCustomers,
        Order = order,
    };

    /// <summary>The events as CSV in the same order, with the segment column (an empty cell for a missing or null property).</summary>
    internal static string Csv(IEnumerable<JourneyEvent> events)
    {
        static string Cell(string? value) => value is null ? "" : value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
        var text = new StringBuilder("customerId,Segment,touchpointId,timestamp\n");
        foreach (var e in events)
        {
            var segment = e.Properties is { } p && p.TryGetValue("segment", out var v) ? v : null;
            text.Append(CultureInfo.InvariantCulture, $"{Cell(e.CustomerId)},{Cell(segment)},{Cell(e.TouchpointId)},{e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}\n");
        }

        return text.ToString();
    }
}
