using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>The maps and event rows the SQL tests share across engines.</summary>
internal static class SqlTestData
{
    /// <summary>Ids the format allows but SQL and JSON must take care with: <c>--</c>, <c>:</c>, <c>.</c>, non-ASCII letters and marks.</summary>
    public static JourneyMap OddIdsMap { get; } = new()
    {
        Id = "a--b:Straße",
        Name = "Odd ids",
        Stages =
        [
            new Stage { Id = "a--b:Straße", Name = "A", Touchpoints = [Tp("t--1", Initiator.Customer), Tp("t.ü", null)] },
            new Stage { Id = "Ω", Name = "O", Touchpoints = [Tp("配送", Initiator.Company)] },
            new Stage { Id = "a-", Name = "A-", Touchpoints = [Tp("e\u0301", Initiator.Customer)] },
        ],
    };

    /// <summary>The touchpoint ids of <see cref="OddIdsMap"/>.</summary>
    public static readonly string[] OddTouchpointIds = ["t--1", "t.ü", "配送", "e\u0301"];

    /// <summary>Customer ids that differ only in case, trailing space or escapes, plus quotes, backslashes and SQL comment marks.</summary>
    private static readonly string?[] Customers = ["c1", "C1", "c1 ", "o'brien", "back\\slash", "semi;-- x", "\"q\"", "ü", "u\u0308", "c2", "", null];

    private static readonly string?[] UnknownTouchpoints = ["zz", "x'); DROP TABLE t; --", "a\\b", "A1", ""];

    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromHours(-5), new(5, 45, 0)];

    /// <summary>Rows over few customers, times and touchpoints (known, unknown, empty, NULL), so ties, re-entries and skips are common; one time in 15 is NULL.</summary>
    public static Gen<SqlEventRow[]> Rows(string[] touchpointIds) =>
        Gen.ArrayOf(
            from customer in Gen.Elements(Customers)
            from touchpoint in Gen.Frequency((6, Gen.Elements(touchpointIds).Select(static t => (string?)t)), (1, Gen.Elements(UnknownTouchpoints)), (1, Gen.Constant((string?)null)))
            from seconds in Gen.Frequency((12, Gen.Choose(0, 40).Select(static s => (double?)s)), (2, Gen.Choose(0, 4_000_000).Select(static us => (double?)(us / 1e6))), (1, Gen.Constant((double?)null)))
            from offset in Gen.Elements(Offsets)
            let row = SqlEventRow.Of(customer, touchpoint, seconds)
            select row with { Timestamp = row.Timestamp?.ToOffset(offset) });

    /// <summary>Rows for <see cref="AnalyticsTestData.Map"/> or <see cref="OddIdsMap"/>, with the map.</summary>
    public static Arbitrary<(JourneyMap Map, SqlEventRow[] Rows)> MapsAndRows { get; } = Gen.OneOf(
            Rows(AnalyticsTestData.TouchpointIds).Select(static rows => (AnalyticsTestData.Map, rows)),
            Rows(OddTouchpointIds).Select(static rows => (OddIdsMap, rows)))
        .ToArbitrary();

    /// <summary>
    /// A window and funnel stages as <c>--window</c> and <c>--stages</c> give them: no window, or the smallest (one tick, so
    /// only steps at the entry's instant on these microsecond times), one microsecond, 1 to 45 s (the times are mostly whole
    /// seconds from 0 to 40, so a step exactly at s + window is common), any number of ticks up to 4 s (not always whole
    /// microseconds), or 10 million days (longer than any data); every stage, or a random ordered subset of them.
    /// </summary>
    public static Gen<AnalyticsOptions> WindowsAndStages(string[] stageIds) =>
        from window in Gen.Frequency(
            (3, Gen.Constant((TimeSpan?)null)),
            (1, Gen.Constant((TimeSpan?)TimeSpan.FromTicks(1))),
            (1, Gen.Constant((TimeSpan?)TimeSpan.FromTicks(10))),
            (5, Gen.Choose(1, 45).Select(static s => (TimeSpan?)TimeSpan.FromSeconds(s))),
            (2, Gen.Choose(1, 40_000_000).Select(static ticks => (TimeSpan?)TimeSpan.FromTicks(ticks))),
            (1, Gen.Constant((TimeSpan?)TimeSpan.FromDays(10_000_000))))
        from count in Gen.Choose(0, stageIds.Length)
        from order in Gen.Shuffle(stageIds)
        select new AnalyticsOptions { Window = window, FunnelStageIds = count == 0 ? null : order.Take(count).ToArray() };

    /// <summary>Rows for <see cref="AnalyticsTestData.Map"/> or <see cref="OddIdsMap"/>, with the map and a window and funnel stages.</summary>
    public static Arbitrary<(JourneyMap Map, SqlEventRow[] Rows, AnalyticsOptions Options)> MapsRowsAndOptions { get; } = Gen.OneOf(
            from rows in Rows(AnalyticsTestData.TouchpointIds)
            from options in WindowsAndStages(["a", "b", "c", "d"])
            select (AnalyticsTestData.Map, rows, options),
            from rows in Rows(OddTouchpointIds)
            from options in WindowsAndStages(["a--b:Straße", "Ω", "a-"])
            select (OddIdsMap, rows, options))
        .ToArbitrary();

    /// <summary>
    /// The window test's table (window 10 s): u1 a1@0 b1@10 c1@11 — b exactly at s + window counts, c one second later does not;
    /// u2 a1@0 b1@11 — depth 1; u3 a1@0 a2@100 b1@105 c1@108 d1@110 — the first entry reaches only a, the second converts
    /// (d exactly at its s + window); u4 a1@0 b1@5 a1@50 b1@52 — both entries reach b: the earlier one's chain (delta 5) counts.
    /// </summary>
    public static readonly SqlEventRow[] WindowMade =
    [
        SqlEventRow.Of("u1", "a1", 0), SqlEventRow.Of("u1", "b1", 10), SqlEventRow.Of("u1", "c1", 11),
        SqlEventRow.Of("u2", "a1", 0), SqlEventRow.Of("u2", "b1", 11),
        SqlEventRow.Of("u3", "a1", 0), SqlEventRow.Of("u3", "a2", 100), SqlEventRow.Of("u3", "b1", 105), SqlEventRow.Of("u3", "c1", 108), SqlEventRow.Of("u3", "d1", 110),
        SqlEventRow.Of("u4", "a1", 0), SqlEventRow.Of("u4", "b1", 5), SqlEventRow.Of("u4", "a1", 50), SqlEventRow.Of("u4", "b1", 52),
    ];

    /// <summary>
    /// The hand-made table of <c>HandMadeEvents_GiveTheHandComputedReport</c>: ties, a re-entry, an unknown
    /// touchpoint, NULL and empty ids, a NULL time, quotes and backslashes in an id.
    /// </summary>
    public static readonly SqlEventRow[] HandMade =
    [
        SqlEventRow.Of("u1", "a1", 0), SqlEventRow.Of("u1", "b1", 10), SqlEventRow.Of("u1", "a2", 20), SqlEventRow.Of("u1", "d1", 30), SqlEventRow.Of("u1", "c1", 30),
        SqlEventRow.Of("u2", "b1", 0), SqlEventRow.Of("u2", "b1", 5), SqlEventRow.Of("u2", "a1", 5),
        SqlEventRow.Of("u3", "a2", 100), SqlEventRow.Of("u3", "a1", 100),
        SqlEventRow.Of("u4", "zz", 0),
        SqlEventRow.Of(null, "a1", 0), SqlEventRow.Of("", "a1", 0), SqlEventRow.Of("u5", "", 0), SqlEventRow.Of("u5", null, 0), SqlEventRow.Of("u6", "a1", null),
        SqlEventRow.Of("u7", "d1", 0), SqlEventRow.Of("u7", "c1", 1),
        SqlEventRow.Of("o'brien\\", "a1", 0), SqlEventRow.Of("o'brien\\", "b1", 60),
    ];

    /// <summary>The report of <see cref="HandMade"/>, computed by hand from docs/analytics.md (see the test).</summary>
    public const string HandMadeReport = """
        {
          "mapId": "test-map",
          "events": 15,
          "customers": 5,
          "unknownTouchpointEvents": 1,
          "malformedLines": 5,
          "customerInitiatedShare": 0.6666666666666666,
          "window": null,
          "funnelStageIds": ["a", "b", "c", "d"],
          "stages": [
            { "stageId": "a", "reach": 4, "funnel": 4, "conversionFromPrevious": null, "medianSecondsFromPrevious": null, "secondsFromPrevious": null },
            { "stageId": "b", "reach": 3, "funnel": 3, "conversionFromPrevious": 0.75, "medianSecondsFromPrevious": 10, "secondsFromPrevious": { "p25": 5, "p50": 10, "p75": 35, "p90": 50, "p95": 55 } },
            { "stageId": "c", "reach": 2, "funnel": 1, "conversionFromPrevious": 0.3333333333333333, "medianSecondsFromPrevious": 20, "secondsFromPrevious": { "p25": 20, "p50": 20, "p75": 20, "p90": 20, "p95": 20 } },
            { "stageId": "d", "reach": 2, "funnel": 1, "conversionFromPrevious": 1, "medianSecondsFromPrevious": 0, "secondsFromPrevious": { "p25": 0, "p50": 0, "p75": 0, "p90": 0, "p95": 0 } }
          ],
          "secondsToConvert": { "p25": 30, "p50": 30, "p75": 30, "p90": 30, "p95": 30, "n": 1 },
          "paths": [
            { "stageIds": ["a"], "customers": 1 },
            { "stageIds": ["a", "b"], "customers": 1 },
            { "stageIds": ["a", "b", "a", "c", "d"], "customers": 1 },
            { "stageIds": ["b", "a", "b"], "customers": 1 },
            { "stageIds": ["d", "c"], "customers": 1 }
          ],
          "breakdown": null,
          "cohorts": null,
          "firedPlays": []
        }
        """;

    private static Touchpoint Tp(string id, Initiator? initiator) => new() { Id = id, Name = id, Initiator = initiator };
}
