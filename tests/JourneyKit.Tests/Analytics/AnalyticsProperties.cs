using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

public class AnalyticsProperties
{
    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromHours(-5), new(5, 30, 0)];

    /// <summary>
    /// Events over few customers, touchpoints (one unknown) and seconds, so that ties, revisits and
    /// skipped stages are common; every instant is written in one of several offsets; some are malformed.
    /// </summary>
    private static readonly Gen<JourneyEvent> EventGen =
        from customer in Gen.Choose(0, 12)
        from touchpoint in Gen.Choose(0, 5)
        from seconds in Gen.Choose(0, 30)
        from offset in Gen.Choose(0, Offsets.Length - 1)
        select new JourneyEvent(
            customer switch { 11 => "", 12 => null!, _ => $"c{customer}" },
            touchpoint == 5 ? "unknown" : TouchpointIds[touchpoint],
            T0.AddSeconds(seconds).ToOffset(Offsets[offset]));

    private static readonly Arbitrary<JourneyEvent[]> Events = Gen.ArrayOf(EventGen).ToArbitrary();

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Analyze_AgreesWithTheLiteralDefinitions()
    {
        Check.One(Config, Prop.ForAll(Events, events =>
            Json(Analyze(events)) == Json(ReferenceAnalytics.Analyze(Map, events))));
    }

    [Fact]
    public void Analyze_MapOfManyStages_AgreesWithTheLiteralDefinitions()
    {
        // 20 stages: past the 15 that packed paths and the branch-free fold of short customers handle,
        // so every customer takes the general fold and paths are keyed as strings.
        var map = new JourneyKit.Model.JourneyMap
        {
            Id = "long",
            Name = "Long",
            Stages = [.. Enumerable.Range(0, 20).Select(s => new JourneyKit.Model.Stage
            {
                Id = $"s{s:D2}",
                Name = $"S{s}",
                Touchpoints = [new JourneyKit.Model.Touchpoint { Id = $"t{s:D2}", Name = $"T{s}" }],
            })],
        };
        var events = Gen.ArrayOf(
            from customer in Gen.Choose(0, 4)
            from stage in Gen.Choose(0, 20)
            from seconds in Gen.Choose(0, 40)
            select new JourneyEvent($"c{customer}", stage == 20 ? "unknown" : $"t{stage:D2}", T0.AddSeconds(seconds))).ToArbitrary();

        Check.One(Config, Prop.ForAll(events, e =>
            Json(new JourneyAnalyzer().Analyze(map, e)) == Json(ReferenceAnalytics.Analyze(map, e))));
    }

    [Fact]
    public void Analyze_DoesNotDependOnEventOrder()
    {
        var arb = (from events in Gen.ArrayOf(EventGen)
                   from shuffled in Gen.Shuffle(events)
                   select (events, shuffled)).ToArbitrary();

        Check.One(Config, Prop.ForAll(arb, pair => Json(Analyze(pair.events)) == Json(Analyze(pair.shuffled))));
    }

    [Fact]
    public void Merge_OfAnyPartitionByCustomer_EqualsOnePass()
    {
        var arb = (from events in Gen.ArrayOf(EventGen)
                   from parts in Gen.Choose(1, 5)
                   from assignment in Gen.ArrayOf(Gen.Choose(0, parts - 1), 14)
                   select (events, parts, assignment)).ToArbitrary();

        Check.One(Config, Prop.ForAll(arb, input =>
        {
            var (events, parts, assignment) = input;
            int PartOf(JourneyEvent e) => assignment[string.IsNullOrEmpty(e.CustomerId) ? 13 : int.Parse(e.CustomerId.AsSpan(1), provider: null)];

            // Each partition is accumulated a different way, then merged (one through a binary round trip).
            var partials = Enumerable.Range(0, parts).Select(p =>
            {
                var mine = events.Where(e => PartOf(e) == p).ToArray();
                switch (p % 4)
                {
                    case 0:
                        return new JourneyAnalyzer().Accumulate(Map, mine, new AnalyticsOptions { MaxDegreeOfParallelism = 1 });
                    case 1:
                        var added = new JourneyAnalyticsAccumulator(Map);
                        foreach (var e in mine)
                        {
                            added.Add(e);
                        }

                        return added;
                    case 2:
                        using (var stream = new MemoryStream())
                        {
                            new JourneyAnalyzer().Accumulate(Map, mine, new AnalyticsOptions { MaxDegreeOfParallelism = 3 }).WriteTo(stream);
                            stream.Position = 0;
                            return JourneyAnalyticsAccumulator.ReadFrom(Map, stream);
                        }

                    default:
                        return new JourneyAnalyzer().Accumulate(Map, mine.OrderBy(e => e.CustomerId, StringComparer.Ordinal), new AnalyticsOptions { Order = EventOrder.GroupedByCustomer });
                }
            }).ToList();

            var merged = new JourneyAnalyticsAccumulator(Map);
            foreach (var partial in partials)
            {
                merged.Merge(partial);
            }

            return Json(merged.ToReport()) == Json(Analyze(events));
        }));
    }

    [Fact]
    public void Funnel_NeverIncreasesAndNeverExceedsReach()
    {
        Check.One(Config, Prop.ForAll(Events, events =>
        {
            var report = Analyze(events);
            var stages = report.Stages;
            return stages.All(s => s.Funnel <= s.Reach && s.Reach <= report.Customers)
                && stages.Zip(stages.Skip(1)).All(pair => pair.Second.Funnel <= pair.First.Funnel)
                && (stages.Count == 0 || stages[0].Funnel == stages[0].Reach)
                && report.Paths.Sum(p => p.Customers) <= report.Customers;
        }));
    }

    [Fact]
    public void Accumulator_AddingAfterAReport_StillCountsTheCustomerOnce()
    {
        var accumulator = new JourneyAnalyticsAccumulator(Map);
        accumulator.Add(E("x", "a1", 0));
        Assert.Equal(1, accumulator.ToReport().Customers);

        accumulator.Add(E("x", "b1", 10));
        var report = accumulator.ToReport();

        Assert.Equal(1, report.Customers);
        Assert.Equal(10.0, report.Stages[1].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Merge_OtherMapOrItself_IsRefused()
    {
        var accumulator = new JourneyAnalyticsAccumulator(Map);
        var other = new JourneyAnalyticsAccumulator(Map with { Id = "other" });

        Assert.Throws<ArgumentException>("other", () => accumulator.Merge(other));
        Assert.Throws<ArgumentException>("other", () => accumulator.Merge(accumulator));
        Assert.Throws<ArgumentNullException>("other", () => accumulator.Merge(null!));
    }

    [Fact]
    public void ReadFrom_DataOfAnotherMap_IsRefused()
    {
        using var stream = new MemoryStream();
        new JourneyAnalyticsAccumulator(Map).WriteTo(stream);
        stream.Position = 0;

        var e = Assert.Throws<InvalidDataException>(() => JourneyAnalyticsAccumulator.ReadFrom(Map with { Id = "other" }, stream));
        Assert.Contains("'test-map'", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => JourneyAnalyticsAccumulator.ReadFrom(Map, new MemoryStream([1, 2, 3])));
    }
}
