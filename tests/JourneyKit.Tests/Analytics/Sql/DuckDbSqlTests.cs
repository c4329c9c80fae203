using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>The generated DuckDB query on DuckDB itself, in process (DuckDB.NET.Data.Full bundles the engine).</summary>
public class DuckDbSqlTests : SqlEngineTests
{
    private protected override SqlDialect Dialect => SqlDialect.DuckDb;

    private protected override ISqlEngineSession Open() => new DuckDbEngine();

    [Fact]
    public void SessionCollationAndTimeZone_ChangeNothing()
    {
        using var engine = new DuckDbEngine();
        engine.Load(SqlTestData.HandMade);
        var sql = JourneyAnalyticsSql.Generate(AnalyticsTestData.Map, SqlDialect.DuckDb);
        engine.Execute("SET default_collation = 'nocase'");
        engine.Execute("SET TimeZone = 'Asia/Kathmandu'");
        SqlReportAssert.Same(AnalyticsReportJson.Read(SqlTestData.HandMadeReport), engine.Report(sql));
    }
}
