using System.Globalization;
using DuckDB.NET.Data;
using Npgsql;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>The shipped example events (docs/examples/online-retail-events.csv) loaded into DuckDB files and PostgreSQL tables.</summary>
internal static class WarehouseFixture
{
    public static string MapPath => RepositoryRoot.Combine("docs", "examples", "online-retail.json");

    public static string CsvPath => RepositoryRoot.Combine("docs", "examples", "online-retail-events.csv");

    /// <summary>The example's events: its first three fields are never quoted, so a split on the first three commas reads them.</summary>
    public static IReadOnlyList<(string Time, string Customer, string Touchpoint)> Events { get; } =
        File.ReadAllLines(CsvPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',', 4)).Select(f => (f[0], f[1], f[2])).ToList();

    /// <summary>A DuckDB database file with the events in <paramref name="table"/>, columns named as given.</summary>
    public static string DuckDbFile(TempFolder folder, string table = "events", string customer = "customerId", string touchpoint = "touchpointId", string time = "timestamp", string timeType = "TIMESTAMPTZ")
    {
        var path = folder.PathOf($"events-{Guid.NewGuid():N}.duckdb");
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, $"CREATE TABLE {Q(table)} ({Q(customer)} VARCHAR, {Q(touchpoint)} VARCHAR, {Q(time)} {timeType})");
        using var transaction = connection.BeginTransaction();
        foreach (var (t, c, p) in Events)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {Q(table)} VALUES ($1, $2, CAST($3 AS TIMESTAMPTZ))";
            insert.Parameters.Add(new DuckDBParameter(c));
            insert.Parameters.Add(new DuckDBParameter(p));
            insert.Parameters.Add(new DuckDBParameter(t));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return path;
    }

    /// <summary>A fresh PostgreSQL schema with the events in <paramref name="table"/>; returns the schema's name (drop it with <see cref="DropSchema"/>).</summary>
    public static string PostgresTable(string table, string customer, string touchpoint, string time)
    {
        var schema = "jk_cli_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        connection.Open();
        Execute(connection, $"CREATE SCHEMA {Q(schema)}");
        Execute(connection, $"CREATE TABLE {Q(schema)}.{Q(table)} ({Q(customer)} text, {Q(touchpoint)} text, {Q(time)} timestamptz)");
        using var insert = new NpgsqlCommand($"INSERT INTO {Q(schema)}.{Q(table)} SELECT * FROM unnest(@c::text[], @p::text[], @t::text[]::timestamptz[])", connection);
        insert.Parameters.AddWithValue("c", Events.Select(e => e.Customer).ToArray());
        insert.Parameters.AddWithValue("p", Events.Select(e => e.Touchpoint).ToArray());
        insert.Parameters.AddWithValue("t", Events.Select(e => e.Time).ToArray());
        insert.ExecuteNonQuery();
        return schema;
    }

    public static void DropSchema(string schema)
    {
        using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        connection.Open();
        Execute(connection, $"DROP SCHEMA {Q(schema)} CASCADE");
    }

    public static string Q(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public static string Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    public static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
