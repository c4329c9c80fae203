using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>
/// The tests every engine passes with the query of <see cref="JourneyAnalyticsSql.Generate"/>: the
/// hand-computed report, agreement with the in-memory engine on random tables, renamed columns,
/// schema-qualified tables, and names and ids that try to inject SQL.
/// </summary>
public abstract class SqlEngineTests
{
    private protected abstract SqlDialect Dialect { get; }

    private protected abstract ISqlEngineSession Open();

    /// <summary>How many random tables the property runs.</summary>
    private protected virtual int PropertyRuns => 100;

    private protected string Run(JourneyMap map, IReadOnlyList<SqlEventRow> rows, string table = "events", EventColumns? columns = null, AnalyticsOptions? options = null)
    {
        using var engine = Open();
        engine.Load(rows, table, columns);
        return engine.Report(JourneyAnalyticsSql.Generate(map, Dialect, table, columns, options));
    }

    [Fact]
    public void HandMadeEvents_GiveTheHandComputedReport()
    {
        // u1: a1@0 b1@10 a2@20 c1@30 d1@30 → funnel 0, 10, 30, 30 (deltas 10, 20, 0); path a>b>a>c>d (c before d at the tie).
        // u2: b1@0 a1@5 b1@5 → funnel 5, 5 (delta 0: a step at the same instant); path b>a>b.
        // u3: a2@100 a1@100 → funnel 100; path a.   u4: only an unknown touchpoint: not a customer.
        // u7: d1@0 c1@1 → no funnel (never in a); path d>c.   o'brien\: a1@0 b1@60 → delta 60; path a>b.
        // Malformed: NULL and empty customer, empty and NULL touchpoint, NULL time: 5. Events: 20 − 5 = 15.
        // Initiators (a1, b1 customer; a2, d1 company; c1 none) on known events: stated 12, by the customer 8.
        var json = Run(AnalyticsTestData.Map, SqlTestData.HandMade);
        SqlReportAssert.Same(AnalyticsReportJson.Read(SqlTestData.HandMadeReport), json);
        // Not just near: every number is the same double, so the report writes byte for byte the same.
        Assert.Equal(AnalyticsReportJson.Write(AnalyticsReportJson.Read(SqlTestData.HandMadeReport)), AnalyticsReportJson.Write(AnalyticsReportJson.Read(json)));
    }

    [Fact]
    public void HandMadeEvents_AgreeWithTheInMemoryEngine() =>
        SqlReportAssert.Same(SqlEventRow.Expected(AnalyticsTestData.Map, SqlTestData.HandMade), Run(AnalyticsTestData.Map, SqlTestData.HandMade));

    [Fact]
    public void EmptyTable_GivesZeroCountsNullFiguresAndNoPaths()
    {
        var report = AnalyticsReportJson.Read(Run(AnalyticsTestData.Map, []));
        Assert.Equal(0, report.Events);
        Assert.Equal(0, report.Customers);
        Assert.Equal(0, report.MalformedLines);
        Assert.Null(report.CustomerInitiatedShare);
        Assert.All(report.Stages, s => Assert.Equal((0L, 0L, (double?)null, (double?)null), (s.Reach, s.Funnel, s.ConversionFromPrevious, s.MedianSecondsFromPrevious)));
        Assert.Empty(report.Paths);
    }

    [Fact]
    public void ElevenPaths_KeepTheTenMostFrequent_TiesByTheJoinedIdsInCodePointOrder()
    {
        // Map with stages whose joined ids sort differently as lists and as text: "a-" < "a>…" ('-' 0x2D < '>' 0x3E)
        // while a list compare would put ["a"] first; and 'é' (UTF-8 0xC3…) sorts after 'z'.
        var map = new JourneyMap
        {
            Id = "m", Name = "M",
            Stages =
            [
                new Stage { Id = "a", Name = "a", Touchpoints = [new Touchpoint { Id = "ta", Name = "ta" }] },
                new Stage { Id = "a-", Name = "a-", Touchpoints = [new Touchpoint { Id = "tb", Name = "tb" }] },
                new Stage { Id = "é", Name = "é", Touchpoints = [new Touchpoint { Id = "tc", Name = "tc" }] },
                new Stage { Id = "z", Name = "z", Touchpoints = [new Touchpoint { Id = "td", Name = "td" }] },
            ],
        };
        var rows = new List<SqlEventRow>();
        var n = 0;
        void Customers(int count, params string[] touchpoints)
        {
            for (var c = 0; c < count; c++, n++)
            {
                rows.AddRange(touchpoints.Select((t, i) => SqlEventRow.Of($"c{n}", t, i)));
            }
        }

        Customers(3, "ta", "tb");                 // a>a-
        Customers(3, "tb");                       // a-
        Customers(3, "ta");                       // a
        Customers(3, "tc");                       // é
        Customers(3, "td");                       // z
        Customers(2, "ta", "tc");                 // a>é
        Customers(2, "ta", "tb", "ta");           // a>a->a
        Customers(1, "td", "ta");                 // z>a
        Customers(1, "tc", "ta");                 // é>a
        Customers(1, "tb", "ta");                 // a->a
        Customers(1, "ta", "td");                 // a>z
        var report = AnalyticsReportJson.Read(Run(map, rows));
        Assert.Equal(
            ["a(3)", "a-(3)", "a>a-(3)", "z(3)", "é(3)", "a>a->a(2)", "a>é(2)", "a->a(1)", "a>z(1)", "z>a(1)"],
            report.Paths.Select(p => $"{string.Join('>', p.StageIds)}({p.Customers})"));
        SqlReportAssert.Same(SqlEventRow.Expected(map, rows), AnalyticsReportJson.Write(report));
    }

    [Fact]
    public void RandomTables_GiveTheInMemoryReport() =>
        Prop.ForAll(SqlTestData.MapsAndRows, input =>
        {
            var (map, rows) = input;
            var expected = SqlEventRow.Expected(map, rows);
            var actual = AnalyticsReportJson.Read(Run(map, rows));
            var problems = SqlReportAssert.Differences(expected, actual);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join('\n', problems));
            }

            // Not just near: the figures are computed with the in-memory engine's arithmetic, so the JSON is the same byte for byte.
            Assert.Equal(AnalyticsReportJson.Write(expected), AnalyticsReportJson.Write(actual));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(PropertyRuns));

    [Fact]
    public void RandomTables_WithRandomWindowsAndStages_GiveTheInMemoryReport() =>
        Prop.ForAll(SqlTestData.MapsRowsAndOptions, input =>
        {
            var (map, rows, options) = input;
            var expected = SqlEventRow.Expected(map, rows, options);
            var actual = AnalyticsReportJson.Read(Run(map, rows, options: options));
            var problems = SqlReportAssert.Differences(expected, actual);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"window {options.Window?.Ticks} ticks, stages {(options.FunnelStageIds is null ? "all" : string.Join(',', options.FunnelStageIds))}:\n" + string.Join('\n', problems));
            }

            Assert.Equal(AnalyticsReportJson.Write(expected), AnalyticsReportJson.Write(actual));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(PropertyRuns));

    [Fact]
    public void Window_AStepExactlyAtEntryPlusWindowCounts_OneSecondLaterDoesNot_AndALaterEntryCanConvert()
    {
        // Window 10 s (SqlTestData.WindowMade). u1: entry 0, b@10 counts (exactly 0 + 10), c@11 does not → depth 2, delta 10.
        // u2: entry 0, b@11 is one second late → depth 1. u3: entry 0 reaches only a (b@105); entry 100 reaches b@105, c@108,
        // d@110 (exactly 100 + 10) → depth 4, deltas 5, 3, 2, convert 10. u4: entries 0 and 50 both reach b → the earlier: delta 5.
        // funnel 4, 3, 1, 1; b deltas 5, 5, 10 → median 5, p25 5, p50 5, p75 7.5, p90 9, p95 9.5.
        var options = new AnalyticsOptions { Window = TimeSpan.FromSeconds(10) };
        var json = Run(AnalyticsTestData.Map, SqlTestData.WindowMade, options: options);
        var report = AnalyticsReportJson.Read(json);
        Assert.Equal(10, report.Window?.Seconds);
        Assert.Equal(["a", "b", "c", "d"], report.FunnelStageIds);
        Assert.Equal([4L, 4L, 2L, 1L], report.Stages.Select(s => s.Reach));
        Assert.Equal([4L, 3L, 1L, 1L], report.Stages.Select(s => s.Funnel));
        Assert.Equal([null, 0.75, 1 / 3.0, 1.0], report.Stages.Select(s => s.ConversionFromPrevious));
        Assert.Equal([null, 5.0, 3.0, 2.0], report.Stages.Select(s => s.MedianSecondsFromPrevious));
        Assert.Equal(new TimePercentiles { P25 = 5, P50 = 5, P75 = 7.5, P90 = 9, P95 = 9.5 }, report.Stages[1].SecondsFromPrevious);
        Assert.Equal(new TimeToConvert { P25 = 10, P50 = 10, P75 = 10, P90 = 10, P95 = 10, N = 1 }, report.SecondsToConvert);
        Assert.Equal(10 / 12.0, report.CustomerInitiatedShare);
        SqlReportAssert.Same(SqlEventRow.Expected(AnalyticsTestData.Map, SqlTestData.WindowMade, options), json);

        // One second less: u1's b@10 and u3's d@110 are now one second late.
        var shorter = AnalyticsReportJson.Read(Run(AnalyticsTestData.Map, SqlTestData.WindowMade, options: new AnalyticsOptions { Window = TimeSpan.FromSeconds(9) }));
        Assert.Equal([4L, 2L, 1L, 0L], shorter.Stages.Select(s => s.Funnel));
        Assert.Null(shorter.SecondsToConvert);
    }

    [Fact]
    public void ChosenStages_AreTheFunnel_InTheirOrder_WithAndWithoutAWindow()
    {
        // Funnel b, d over SqlTestData.WindowMade. No window: each customer's first b (u1@10, u2@11, u3@105, u4@5), then the
        // earliest d at or after it: only u3's d@110 → funnel 4, 1, delta 5; a and c are outside the funnel (null figures, reach kept).
        var stages = new AnalyticsOptions { FunnelStageIds = ["b", "d"] };
        var report = AnalyticsReportJson.Read(Run(AnalyticsTestData.Map, SqlTestData.WindowMade, options: stages));
        Assert.Null(report.Window);
        Assert.Equal(["b", "d"], report.FunnelStageIds);
        Assert.Equal([null, 4L, null, 1L], report.Stages.Select(s => s.Funnel));
        Assert.Equal([4L, 4L, 2L, 1L], report.Stages.Select(s => s.Reach));
        Assert.Equal([null, null, null, 0.25], report.Stages.Select(s => s.ConversionFromPrevious));
        Assert.Equal([null, null, null, 5.0], report.Stages.Select(s => s.MedianSecondsFromPrevious));
        Assert.All(report.Stages.Take(3), s => Assert.Null(s.SecondsFromPrevious));
        Assert.Equal(new TimeToConvert { P25 = 5, P50 = 5, P75 = 5, P90 = 5, P95 = 5, N = 1 }, report.SecondsToConvert);

        // Reversed and windowed: funnel d, a (window 1 h): u3's only d is at 110 and no a comes at or after it → funnel 1, 0.
        var reversed = new AnalyticsOptions { FunnelStageIds = ["d", "a"], Window = TimeSpan.FromHours(1) };
        var json = Run(AnalyticsTestData.Map, SqlTestData.WindowMade, options: reversed);
        var back = AnalyticsReportJson.Read(json);
        Assert.Equal([0L, null, null, 1L], back.Stages.Select(s => s.Funnel));
        Assert.Equal([0.0, null, null, null], back.Stages.Select(s => s.ConversionFromPrevious));
        Assert.Null(back.SecondsToConvert);
        SqlReportAssert.Same(SqlEventRow.Expected(AnalyticsTestData.Map, SqlTestData.WindowMade, reversed), json);

        // A one-stage funnel: every customer who reaches it converts at once (zeros, n = funnel).
        var one = AnalyticsReportJson.Read(Run(AnalyticsTestData.Map, SqlTestData.WindowMade, options: new AnalyticsOptions { FunnelStageIds = ["c"], Window = TimeSpan.FromSeconds(1) }));
        Assert.Equal([null, null, 2L, null], one.Stages.Select(s => s.Funnel));
        Assert.Equal(new TimeToConvert { P25 = 0, P50 = 0, P75 = 0, P90 = 0, P95 = 0, N = 2 }, one.SecondsToConvert);
    }

    [Fact]
    public void HostileNames_WithAWindowAndStages_AreNames_AndTheOtherTableIsUntouched()
    {
        const string table = "x'); DROP TABLE t; --";
        var columns = new EventColumns { CustomerId = "c'\"; DROP TABLE t; --", TouchpointId = "back\\slash `tp`", Timestamp = "ts -- ; '" };
        var options = new AnalyticsOptions { Window = TimeSpan.FromSeconds(10), FunnelStageIds = ["b", "a", "d"] };
        using var engine = Open();
        engine.Execute($"CREATE TABLE {engine.Name("t")} (x INTEGER)");
        engine.Execute($"INSERT INTO {engine.Name("t")} VALUES (1), (2)");
        engine.Load(SqlTestData.HandMade, table, columns);
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, Dialect, table, columns, options);
        SqlReportAssert.Same(SqlEventRow.Expected(AnalyticsTestData.Map, SqlTestData.HandMade, options), engine.Report(sql));
        Assert.Equal(2L, Convert.ToInt64(engine.Scalar($"SELECT count(*) FROM {engine.Name("t")}"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RenamedColumns_AndASchemaQualifiedTable_AreRead()
    {
        var columns = new EventColumns { CustomerId = "Who Is It", TouchpointId = "tp", Timestamp = "At" };
        using var engine = Open();
        engine.Load(SqlTestData.HandMade, "ev ents", columns, schema: "my schema");
        var json = engine.Report(JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, Dialect, "my schema.ev ents", columns));
        SqlReportAssert.Same(AnalyticsReportJson.Read(SqlTestData.HandMadeReport), json);
    }

    [Fact]
    public void HostileTableAndColumnNames_AreNames_AndTheOtherTableIsUntouched()
    {
        const string table = "x'); DROP TABLE t; --";
        var columns = new EventColumns { CustomerId = "c'\"; DROP TABLE t; --", TouchpointId = "back\\slash `tp`", Timestamp = "ts -- ; '" };
        using var engine = Open();
        engine.Execute($"CREATE TABLE {engine.Name("t")} (x INTEGER)");
        engine.Execute($"INSERT INTO {engine.Name("t")} VALUES (1), (2)");
        engine.Load(SqlTestData.HandMade, table, columns);
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, Dialect, table, columns);
        SqlReportAssert.Same(AnalyticsReportJson.Read(SqlTestData.HandMadeReport), engine.Report(sql));
        Assert.Equal(2L, Convert.ToInt64(engine.Scalar($"SELECT count(*) FROM {engine.Name("t")}"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(20L, Convert.ToInt64(engine.Scalar($"SELECT count(*) FROM {engine.Name(table)}"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void OddMapIds_AreDataInTheReport()
    {
        var rows = new[]
        {
            SqlEventRow.Of("x", "t--1", 0), SqlEventRow.Of("x", "配送", 1.5), SqlEventRow.Of("x", "e\u0301", 2),
            SqlEventRow.Of("y", "t.ü", 0), SqlEventRow.Of("y", "e\u0301", 3), SqlEventRow.Of("y", "é", 4),
        };
        var report = AnalyticsReportJson.Read(Run(SqlTestData.OddIdsMap, rows));
        Assert.Equal("a--b:Straße", report.MapId);
        Assert.Equal(["a--b:Straße", "Ω", "a-"], report.Stages.Select(s => s.StageId));
        Assert.Equal(1, report.UnknownTouchpointEvents); // the precomposed é is not the decomposed e + U+0301
        Assert.Equal([2L, 1L, 1L], report.Stages.Select(s => s.Funnel));
        Assert.Equal(1.5, report.Stages[1].MedianSecondsFromPrevious);
        Assert.Equal(0.5, report.Stages[2].MedianSecondsFromPrevious);
        SqlReportAssert.Same(SqlEventRow.Expected(SqlTestData.OddIdsMap, rows), AnalyticsReportJson.Write(report));
    }
}
