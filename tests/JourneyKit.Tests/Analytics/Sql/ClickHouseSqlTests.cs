using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>The generated ClickHouse query on ClickHouse itself (chDB 3.4, in process under node; see <see cref="ClickHouseEngine"/>).</summary>
public class ClickHouseSqlTests : SqlEngineTests
{
    private protected override SqlDialect Dialect => SqlDialect.ClickHouse;

    // Each run starts node and chDB (about a second): fewer random tables than the in-process engines.
    private protected override int PropertyRuns => 40;

    private protected override ISqlEngineSession Open() => new ClickHouseEngine();

    [Fact]
    public void SessionTimeZoneAndSettings_ChangeNothing()
    {
        using var engine = new ClickHouseEngine();
        engine.Load(SqlTestData.HandMade);
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.ClickHouse);
        engine.Execute("SET session_timezone = 'America/St_Johns'");
        engine.Execute("SET join_use_nulls = 1");
        engine.Execute("SET aggregate_functions_null_for_empty = 1");
        engine.Execute("SET count_distinct_implementation = 'uniq'");
        SqlReportAssert.Same(AnalyticsReportJson.Read(SqlTestData.HandMadeReport), engine.Report(sql));
    }
}
