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
        { "Window", "--window", new AnalyticsOptions { Window = TimeSpan.FromDays(7) } },
        { "FunnelStageIds", "--stages", new AnalyticsOptions { FunnelStageIds = ["a", "b"] } },
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
                $"The analytics option {option} ({flag}) is not yet supported by the generated SQL, which computes the report of the default options only (no window, every stage in the funnel, no breakdown, no cohorts); leave it unset here, or run `journeykit analyze` on the events as a CSV file, which supports it.",
                message);
        }
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
