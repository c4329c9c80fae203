using JourneyKit.Analytics;
using JourneyKit.Cli.Data;
using Npgsql;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// How <c>analyze --connection --provider postgres</c> runs its query: with JIT compilation off for its own
/// transaction (PostgreSQL's JIT cost 40 % of the time on 10M events; docs/warehouse.md), read-only, and with no
/// time limit unless the connection string's <c>Command Timeout</c> sets one (Npgsql's default of 30 s would stop
/// the query on any large table). Each is observed on the real server through a view over the events.
/// </summary>
public sealed class AnalyzeConnectionSessionTests
{
    private static CliResult Analyze(string connection, string table) =>
        CliRunner.Run("analyze", "--map", WarehouseFixture.MapPath, "--connection", connection, "--provider", "postgres", "--table", table, "--format", "json");

    /// <summary>A schema with a view of <paramref name="select"/>, which yields the columns customerId, touchpointId, timestamp.</summary>
    private static string View(string select)
    {
        var schema = "jk_session_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        connection.Open();
        WarehouseFixture.Execute(connection, $"CREATE SCHEMA {WarehouseFixture.Q(schema)}");
        WarehouseFixture.Execute(connection, $"CREATE VIEW {WarehouseFixture.Q(schema)}.ev AS {select}");
        return schema;
    }

    [Fact]
    public void Query_RunsWithJitOff_AndTheSessionKeepsItsOwnSetting()
    {
        // One event whose touchpoint is a known one only when the query runs with jit off.
        var schema = View("SELECT 'c1'::text AS \"customerId\", CASE WHEN current_setting('jit') = 'off' THEN 'product-page' ELSE 'not-jit-off' END::text AS \"touchpointId\", timestamptz '2026-01-01 00:00:00+00' AS \"timestamp\"");
        try
        {
            var result = Analyze(PostgresServer.ConnectionString, schema + ".ev");
            Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
            var report = AnalyticsReportJson.Read(result.Out);
            Assert.Equal(1, report.Events);
            Assert.Equal(0, report.UnknownTouchpointEvents);

            using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            connection.Open();
            Assert.Equal("on", WarehouseFixture.Scalar(connection, "SHOW jit"));
        }
        finally
        {
            WarehouseFixture.DropSchema(schema);
        }
    }

    [Fact]
    public void CommandTimeout_FromTheConnectionString_StopsTheQuery_InOneSentence()
    {
        var schema = View("SELECT 'c1'::text AS \"customerId\", 'search'::text AS \"touchpointId\", timestamptz '2026-01-01 00:00:00+00' AS \"timestamp\" FROM (SELECT pg_sleep(4)) AS slow");
        try
        {
            var result = Analyze(PostgresServer.ConnectionString + ";Command Timeout=1", schema + ".ev");
            Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            var line = Assert.Single(result.ErrorLines);
            Assert.Equal($"journeykit: the postgres analytics query on \"{schema}.ev\" ran longer than the 1 s the connection string's Command Timeout allows; raise it, or leave it out (the query then runs as long as it takes).", line);
        }
        finally
        {
            WarehouseFixture.DropSchema(schema);
        }
    }

    [Fact]
    public void CommandTimeout_IsNone_UnlessTheConnectionStringSetsOne()
    {
        // Npgsql's default is 30 s; a limit of 0 means none. A real 31 s wait is too slow for the suite, so the
        // rule is pinned on the value the query runs with, for each spelling of the key.
        Assert.Equal(0, WarehouseAnalysis.CommandTimeout(SqlDialect.PostgreSql, "Host=db;Username=u"));
        Assert.Equal(7, WarehouseAnalysis.CommandTimeout(SqlDialect.PostgreSql, "Host=db;Command Timeout=7"));
        Assert.Equal(7, WarehouseAnalysis.CommandTimeout(SqlDialect.PostgreSql, "host=db;commandtimeout=7"));
        Assert.Equal(0, WarehouseAnalysis.CommandTimeout(SqlDialect.PostgreSql, "Host=db;Command Timeout=0"));
        Assert.Equal(0, WarehouseAnalysis.CommandTimeout(SqlDialect.DuckDb, "Data Source=x.duckdb"));
    }
}
