using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>Version 2's funnel stages and window, checked on random event sets against the literal rules.</summary>
public class FunnelWindowProperties
{
    private static readonly Gen<JourneyEvent> EventGen =
        from customer in Gen.Choose(0, 9)
        from touchpoint in Gen.Choose(0, 5)
        from seconds in Gen.Choose(0, 40)
        select new JourneyEvent(
            customer == 9 ? "" : $"c{customer}",
            touchpoint == 5 ? "unknown" : TouchpointIds[touchpoint],
            T0.AddSeconds(seconds));

    /// <summary>No window, or one of 1 to 45 s (ties at the boundary are common); every stage, or a random ordered subset of them.</summary>
    private static readonly Gen<AnalyticsOptions> OptionsGen =
        from window in Gen.Choose(0, 45)
        from count in Gen.Choose(0, 4)
        from order in Gen.Shuffle(new[] { "a", "b", "c", "d" })
        select new AnalyticsOptions
        {
            Window = window == 0 ? null : TimeSpan.FromSeconds(window),
            FunnelStageIds = count == 0 ? null : order.Take(count).ToArray(),
            MaxDegreeOfParallelism = 2,
        };

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(400);

    /// <summary>The version 1 figures of a report: the new keys cleared.</summary>
    private static string V1(JourneyAnalyticsReport report) => Json(report with
    {
        Window = null,
        FunnelStageIds = [],
        SecondsToConvert = null,
        Stages = [.. report.Stages.Select(s => s with { SecondsFromPrevious = null })],
    });

    [Fact]
    public void NoOptions_EveryVersion1FigureIsAsBefore_AndTheNewKeysAreTheDefaults()
    {
        Check.One(Config, Prop.ForAll(Gen.ArrayOf(EventGen).ToArbitrary(), events =>
        {
            var report = Analyze(events);
            return V1(report) == V1(ReferenceAnalyticsV1.Analyze(Map, events))
                && report.Window is null
                && report.FunnelStageIds.SequenceEqual(["a", "b", "c", "d"])
                && report.Breakdown is null && report.Cohorts is null && report.FiredPlays.Count == 0;
        }));
    }

    [Fact]
    public void WithOptions_AgreesWithTheLiteralRules()
    {
        var arb = (from events in Gen.ArrayOf(EventGen) from options in OptionsGen select (events, options)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, input =>
            Json(new JourneyAnalyzer().Analyze(Map, input.events, input.options)) == Json(ReferenceAnalytics.Analyze(Map, input.events, input.options))));
    }

    [Fact]
    public void AWindowLongerThanTheData_EqualsNoWindow_AndASmallerWindowNeverRaisesAFunnelCount()
    {
        var arb = (from events in Gen.ArrayOf(EventGen) from options in OptionsGen from smaller in Gen.Choose(1, 45) select (events, options, smaller)).ToArbitrary();
        Check.One(Config, Prop.ForAll(arb, input =>
        {
            var (events, options, smaller) = input;
            options.Window = null;
            var none = new JourneyAnalyzer().Analyze(Map, events, options);
            options.Window = TimeSpan.FromSeconds(41);
            var longer = new JourneyAnalyzer().Analyze(Map, events, options);
            options.Window = TimeSpan.FromSeconds(smaller);
            var small = new JourneyAnalyzer().Analyze(Map, events, options);
            return Json(longer with { Window = null }) == Json(none)
                && small.Stages.Zip(none.Stages).All(pair => (pair.First.Funnel ?? 0) <= (pair.Second.Funnel ?? 0));
        }));
    }

    [Fact]
    public void WithOptions_MergeOfAnyPartitionByCustomer_EqualsOnePass()
    {
        var arb = (from events in Gen.ArrayOf(EventGen)
                   from options in OptionsGen
                   from parts in Gen.Choose(1, 4)
                   from assignment in Gen.ArrayOf(Gen.Choose(0, parts - 1), 10)
                   select (events, options, parts, assignment)).ToArbitrary();

        Check.One(Config, Prop.ForAll(arb, input =>
        {
            var (events, options, parts, assignment) = input;
            int PartOf(JourneyEvent e) => assignment[string.IsNullOrEmpty(e.CustomerId) ? 9 : int.Parse(e.CustomerId.AsSpan(1), provider: null)];
            var merged = new JourneyAnalyticsAccumulator(Map, options);
            for (var p = 0; p < parts; p++)
            {
                var mine = events.Where(e => PartOf(e) == p).ToArray();
                JourneyAnalyticsAccumulator partial;
                switch (p % 3)
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
                    default:
                        using (var stream = new MemoryStream())
                        {
                            new JourneyAnalyzer().Accumulate(Map, mine.OrderBy(e => e.CustomerId, StringComparer.Ordinal), new AnalyticsOptions { Window = options.Window, FunnelStageIds = options.FunnelStageIds, Order = EventOrder.GroupedByCustomer }).WriteTo(stream);
                            stream.Position = 0;
                            partial = JourneyAnalyticsAccumulator.ReadFrom(Map, stream);
                        }

                        break;
                }

                merged.Merge(partial);
            }

            return Json(merged.ToReport()) == Json(new JourneyAnalyzer().Analyze(Map, events, options));
        }));
    }
}
