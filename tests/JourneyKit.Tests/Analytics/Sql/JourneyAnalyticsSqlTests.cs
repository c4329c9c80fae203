using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>The generator as text: what it refuses, and how each dialect quotes (the engines' tests run the text).</summary>
public class JourneyAnalyticsSqlTests
{
    private static JourneyMap WithStage(string stageId, string touchpointId = "t") => AnalyticsTestData.Map with
    {
        Stages = [new Stage { Id = stageId, Name = "S", Touchpoints = [new Touchpoint { Id = touchpointId, Name = "T" }] }],
    };

    [Theory]
    [InlineData("the stage", "t", "$.stages[0].id")]
    [InlineData("s'); DROP TABLE t; --", "t", "$.stages[0].id")]
    [InlineData("s", "t\"x", "$.stages[0].touchpoints[0].id")]
    [InlineData("s", "", "$.stages[0].touchpoints[0].id")]
    public void MapBreakingTheIdRule_IsRefused_WithThePath(string stageId, string touchpointId, string path)
    {
        var e = Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(WithStage(stageId, touchpointId), SqlDialect.DuckDb));
        Assert.Equal("map", e.ParamName);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void RepeatedIds_AndNoStages_AreRefused()
    {
        var twice = AnalyticsTestData.Map with { Stages = [.. AnalyticsTestData.Map.Stages, AnalyticsTestData.Map.Stages[0]] };
        Assert.Contains("$.stages[4].id", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(twice, SqlDialect.PostgreSql)).Message);
        var touchpointTwice = AnalyticsTestData.Map with { Stages = [.. AnalyticsTestData.Map.Stages, WithStage("e", "a1").Stages[0]] };
        Assert.Contains("touchpoint ids must be unique", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(touchpointTwice, SqlDialect.PostgreSql)).Message);
        Assert.Contains("no stage", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map with { Stages = [] }, SqlDialect.ClickHouse)).Message);
        Assert.Contains("$.id", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map with { Id = "a b" }, SqlDialect.ClickHouse)).Message);
    }

    [Theory]
    [InlineData("a.b.c")]
    [InlineData(".b")]
    [InlineData("a.")]
    [InlineData("")]
    [InlineData("a\0b")]
    public void BadTableNames_AreRefused(string table) =>
        Assert.Equal("table", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.DuckDb, table)).ParamName);

    [Fact]
    public void EmptyColumnName_AndUnknownDialect_AreRefused()
    {
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.DuckDb, columns: new EventColumns { Timestamp = "" })).ParamName);
        Assert.Equal("dialect", Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, (SqlDialect)7)).ParamName);
        Assert.Throws<ArgumentNullException>(() => JourneyAnalyticsSql.Generate(null!, SqlDialect.DuckDb));
    }

    [Theory]
    [InlineData(SqlDialect.DuckDb, "a\\b'c\"d`e", "'a\\b''c\"d`e'", "\"a\\b'c\"\"d`e\"")]
    [InlineData(SqlDialect.PostgreSql, "a\\b'c\"d`e", "E'a\\\\b\\'c\"d`e'", "\"a\\b'c\"\"d`e\"")]
    [InlineData(SqlDialect.ClickHouse, "a\\b'c\"d`e", "'a\\\\b\\'c\"d`e'", "`a\\\\b'c\"d\\`e`")]
    public void Quoting_FollowsEachDialect(SqlDialect dialect, string text, string literal, string identifier)
    {
        var rules = SqlDialectRules.For(dialect);
        Assert.Equal(literal, rules.Literal(text));
        Assert.Equal(identifier, rules.Identifier(text));
    }

    [Theory]
    [InlineData(SqlDialect.DuckDb, "FROM \"my schema\".\"t\"\"x\"")]
    [InlineData(SqlDialect.PostgreSql, "FROM \"my schema\".\"t\"\"x\"")]
    [InlineData(SqlDialect.ClickHouse, "FROM `my schema`.`t\"x`")]
    public void SchemaAndTable_AreQuotedApart_AndTheQueryIsOneStatement(SqlDialect dialect, string from)
    {
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, dialect, "my schema.t\"x");
        Assert.Contains(from, sql);
        Assert.EndsWith(";\n", sql);
        Assert.Equal(1, sql.Count(c => c == ';'));
    }

    [Theory]
    [InlineData(SqlDialect.DuckDb, "list_sort(list(")]
    [InlineData(SqlDialect.PostgreSql, "array_agg(CAST(d AS double precision)")]
    [InlineData(SqlDialect.ClickHouse, "arraySort(groupArray(toFloat64(d)))")]
    public void Percentiles_ArePickedFromASortedArray_NotTheEnginesQuantiles(SqlDialect dialect, string sortedArray)
    {
        // The engines' quantile functions interpolate in another order than the in-memory engine and can differ in the
        // last bit (DuckDB's quantile_cont gave 54.99999999999999 for the p95 of 0, 10, 60 s; in memory it is 55).
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, dialect);
        Assert.Contains(sortedArray, sql);
        Assert.DoesNotContain("quantile", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("percentile_", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("median(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ClickHouse_CarriesItsOwnSettings()
    {
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.ClickHouse);
        Assert.Contains("SETTINGS join_use_nulls = 0, aggregate_functions_null_for_empty = 0", sql);
    }

    public static TheoryData<string, string, AnalyticsOptions> UnsupportedOptions => new()
    {
        { "Breakdown", "--breakdown", new AnalyticsOptions { Breakdown = "segment" } },
        { "Attribution", "--attribution", new AnalyticsOptions { Attribution = BreakdownAttribution.Last } },
        { "BreakdownLimit", "--breakdown-limit", new AnalyticsOptions { BreakdownLimit = 5 } },
        { "CohortPeriod", "--cohorts", new AnalyticsOptions { CohortPeriod = CohortPeriod.Week } },
        { "CollectCustomers", "--customers-out", new AnalyticsOptions { CollectCustomers = true } },
    };

    [Theory]
    [MemberData(nameof(UnsupportedOptions))]
    public void OptionsTheQueryDoesNotYetCompute_AreRefused_InOneSentence(string option, string flag, AnalyticsOptions options)
    {
        foreach (var dialect in new[] { SqlDialect.DuckDb, SqlDialect.PostgreSql, SqlDialect.ClickHouse })
        {
            var e = Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, dialect, options: options));
            Assert.Equal("options", e.ParamName);
            var message = e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)];
            Assert.Equal(
                $"The analytics option {option} ({flag}) is not yet supported by the generated SQL, which computes, besides the defaults, only Window (--window) and FunnelStageIds (--stages); leave it unset here, or run `journeykit analyze` on the events as a CSV file, which supports it.",
                message);
        }
    }

    [Fact]
    public void TheWindowAndTheStages_AreComputed_AndOnlyTheyAmongTheReportOptions() =>
        Assert.Equal(["FunnelStageIds", "Window"], JourneyAnalyticsSql.ReportOptions.Where(r => r.InSql).Select(r => r.Option).Order(StringComparer.Ordinal));

    public static TheoryData<AnalyticsOptions, string> BadWindowsAndStages => new()
    {
        { new AnalyticsOptions { FunnelStageIds = ["a", "x"] }, "The funnel stage 'x' is not a stage of the map; its stages are [a, b, c, d]." },
        { new AnalyticsOptions { FunnelStageIds = ["b", "b"] }, "The funnel stage 'b' is named twice; name each of the map's stages [a, b, c, d] at most once." },
        { new AnalyticsOptions { FunnelStageIds = [] }, "The funnel stages are empty; name at least one of the map's stages [a, b, c, d]." },
        { new AnalyticsOptions { Window = TimeSpan.Zero }, "The conversion window must be longer than zero; 00:00:00 was given." },
        { new AnalyticsOptions { Window = TimeSpan.FromSeconds(-1) }, "The conversion window must be longer than zero; -00:00:01 was given." },
    };

    [Theory]
    [MemberData(nameof(BadWindowsAndStages))]
    public void BadWindowsAndStages_AreRefused_WithTheInMemoryEnginesSentence(AnalyticsOptions options, string sentence)
    {
        foreach (var dialect in new[] { SqlDialect.DuckDb, SqlDialect.PostgreSql, SqlDialect.ClickHouse })
        {
            var e = Assert.ThrowsAny<ArgumentException>(() => JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, dialect, options: options));
            Assert.Equal("options", e.ParamName);
            Assert.StartsWith(sentence, e.Message);
            var inMemory = Assert.ThrowsAny<ArgumentException>(() => new JourneyAnalyzer().Analyze(AnalyticsTestData.Map, [], options));
            Assert.Equal(inMemory.Message, e.Message);
        }
    }

    [Theory]
    [InlineData(SqlDialect.DuckDb)]
    [InlineData(SqlDialect.PostgreSql)]
    [InlineData(SqlDialect.ClickHouse)]
    public void WithAWindowAndStages_TheQueryIsStillOneStatement_WithoutTheEnginesQuantiles_AndWritesTheOptions(SqlDialect dialect)
    {
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, dialect, options: new AnalyticsOptions { Window = TimeSpan.FromMinutes(90), FunnelStageIds = ["c", "a"] });
        Assert.EndsWith(";\n", sql);
        Assert.Equal(1, sql.Count(c => c == ';'));
        Assert.DoesNotContain("quantile", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("percentile_", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"window\":{\"seconds\":5400},\"funnelStageIds\":[\"c\",\"a\"]", sql);
        // The window is a whole number of the dialect's time units: 90 min in µs (DuckDB, PostgreSQL) or 100 ns ticks (ClickHouse).
        Assert.Contains(dialect == SqlDialect.ClickHouse ? "n - s <= 54000000000)" : "n - s <= 5400000000)", sql);
    }

    [Fact]
    public void EveryOptionOfAnalyticsOptions_IsEitherAReportOptionOfTheSqlCheck_OrAReadingOption()
    {
        // A new option that changes the report (Breakdown, CohortPeriod, …) must get a row in ReportOptions, so that the
        // query refuses it until it computes it, rather than silently giving the default report.
        var properties = typeof(AnalyticsOptions).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);
        var classified = JourneyAnalyticsSql.ReportOptions.Select(r => r.Option).Concat(JourneyAnalyticsSql.ReadingOptions).Order(StringComparer.Ordinal);
        Assert.Equal(properties, classified);
        Assert.Equal(
            ["--attribution", "--breakdown", "--breakdown-limit", "--cohorts", "--customers-out", "--stages", "--window"],
            JourneyAnalyticsSql.ReportOptions.Select(r => r.Flag).Order(StringComparer.Ordinal));
        Assert.All(JourneyAnalyticsSql.ReportOptions, r => Assert.False(r.IsSet(new AnalyticsOptions())));
    }

    [Fact]
    public void ReadingOptions_DoNotChangeTheQuery()
    {
        var reading = new AnalyticsOptions { Order = EventOrder.GroupedByCustomer, MaxDegreeOfParallelism = 1, StopAtFirstProblem = true, Progress = new Progress<long>() };
        Assert.Equal(JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.DuckDb), JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.DuckDb, options: reading));
    }

    [Theory]
    [InlineData(PlayMetric.Conversion, "conversion")]
    [InlineData(PlayMetric.Reach, "reach")]
    public void MapsWithConversionOrReachPlays_AreRefused_InOneSentence(PlayMetric metric, string name)
    {
        var map = AnalyticsTestData.Map with
        {
            Playbooks =
            [
                new Playbook
                {
                    Id = "alerts", Name = "Alerts",
                    Plays = [new Play { Id = "low-b", Action = "Call", When = new PlayCondition { Metric = metric, TargetId = "b", Op = ComparisonOperator.Lt, Value = 0.5 } }],
                },
            ],
        };
        var e = Assert.Throws<ArgumentException>(() => JourneyAnalyticsSql.Generate(map, SqlDialect.PostgreSql));
        Assert.Equal("map", e.ParamName);
        Assert.StartsWith(
            $"The play 'low-b' of playbook 'alerts' has a {name} condition, which the generated SQL does not yet evaluate into firedPlays; leave such plays out of the map given to the SQL, or run `journeykit analyze` on the events as a CSV file, which fires them. (Parameter 'map')",
            e.Message);
    }
}
