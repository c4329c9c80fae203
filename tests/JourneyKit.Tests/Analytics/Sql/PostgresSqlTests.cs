using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>
/// The generated PostgreSQL query on a real PostgreSQL 15 (see <see cref="PostgresServer"/>: .ci/run's
/// throwaway cluster, or one the tests start). No server: these tests fail, they never skip.
/// </summary>
public class PostgresSqlTests : SqlEngineTests
{
    private protected override SqlDialect Dialect => SqlDialect.PostgreSql;

    private protected override ISqlEngineSession Open() => new PostgresEngine();

    [Fact]
    public void SessionSettingsAndAnIcuCollation_ChangeNothing()
    {
        using var engine = new PostgresEngine();
        engine.Load(SqlTestData.HandMade, "events", null, null, collation: "en-US-x-icu");
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.PostgreSql);
        engine.Execute("SET TimeZone = 'Asia/Kathmandu'");
        engine.Execute("SET extra_float_digits = -15");
        engine.Execute("SET standard_conforming_strings = off");
        engine.Execute("SET lc_numeric = 'C'");
        var json = engine.Report(sql);
        SqlReportAssert.Same(AnalyticsReportJson.Read(SqlTestData.HandMadeReport), json);
        Assert.Equal(AnalyticsReportJson.Write(AnalyticsReportJson.Read(SqlTestData.HandMadeReport)), AnalyticsReportJson.Write(AnalyticsReportJson.Read(json)));
    }
}
