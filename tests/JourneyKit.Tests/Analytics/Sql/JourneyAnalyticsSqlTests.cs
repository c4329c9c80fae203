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

    [Fact]
    public void ClickHouse_UsesQuantileExactInclusive_AndItsOwnSettings()
    {
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.ClickHouse);
        Assert.Contains("quantileExactInclusive(0.5)", sql);
        Assert.Contains("SETTINGS join_use_nulls = 0", sql);
        Assert.DoesNotContain("median(", sql);
    }
}
