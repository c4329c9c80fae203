using DuckDB.NET.Data;
using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>An in-process DuckDB database (in memory) holding one event table, to run the generated query on.</summary>
internal sealed class DuckDbEngine : ISqlEngineSession
{
    private readonly DuckDBConnection _connection;

    public DuckDbEngine()
    {
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
    }

    /// <inheritdoc/>
    public string Name(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    /// <summary>Creates <paramref name="table"/> (optionally in <paramref name="schema"/>) with the three columns and fills it.</summary>
    public void Load(IReadOnlyList<SqlEventRow> rows, string table = "events", EventColumns? columns = null, string? schema = null)
    {
        columns ??= new EventColumns();
        var qualified = schema is null ? Name(table) : Name(schema) + "." + Name(table);
        if (schema is not null)
        {
            Execute($"CREATE SCHEMA IF NOT EXISTS {Name(schema)}");
        }

        Execute($"CREATE TABLE {qualified} ({Name(columns.CustomerId)} VARCHAR, {Name(columns.TouchpointId)} VARCHAR, {Name(columns.Timestamp)} TIMESTAMPTZ)");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {qualified} VALUES ($1, $2, CAST($3 AS TIMESTAMPTZ))";
        foreach (var row in rows)
        {
            insert.Parameters.Clear();
            insert.Parameters.Add(new DuckDBParameter((object?)row.CustomerId ?? DBNull.Value));
            insert.Parameters.Add(new DuckDBParameter((object?)row.TouchpointId ?? DBNull.Value));
            insert.Parameters.Add(new DuckDBParameter((object?)row.TimeText ?? DBNull.Value));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Runs a query that must give one row and one column named <c>report</c>, and returns it.</summary>
    public string Report(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        Assert.Equal(1, reader.FieldCount);
        Assert.Equal("report", reader.GetName(0));
        Assert.True(reader.Read());
        var report = reader.GetString(0);
        Assert.False(reader.Read());
        return report;
    }

    public void Dispose() => _connection.Dispose();
}
