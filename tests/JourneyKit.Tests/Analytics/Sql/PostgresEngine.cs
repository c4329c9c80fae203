using JourneyKit.Analytics;
using Npgsql;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>
/// A connection to the shared test server (<see cref="PostgresServer"/>) with a schema of its own as the
/// search path, dropped with everything in it (and any other schema the session created) at the end.
/// </summary>
internal sealed class PostgresEngine : ISqlEngineSession
{
    private readonly NpgsqlConnection _connection;
    private readonly List<string> _schemas = [];

    public PostgresEngine()
    {
        _connection = new NpgsqlConnection(PostgresServer.ConnectionString);
        _connection.Open();
        var schema = "jk_" + Guid.NewGuid().ToString("N");
        CreateSchema(schema);
        Execute($"SET search_path TO {Name(schema)}");
    }

    public string Name(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public void Load(IReadOnlyList<SqlEventRow> rows, string table = "events", EventColumns? columns = null, string? schema = null) =>
        Load(rows, table, columns, schema, collation: null);

    /// <summary>Like <see cref="Load(IReadOnlyList{SqlEventRow}, string, EventColumns?, string?)"/>, with the id columns in <paramref name="collation"/>.</summary>
    public void Load(IReadOnlyList<SqlEventRow> rows, string table, EventColumns? columns, string? schema, string? collation)
    {
        columns ??= new EventColumns();
        if (schema is not null)
        {
            CreateSchema(schema);
        }

        var qualified = schema is null ? Name(table) : Name(schema) + "." + Name(table);
        var collate = collation is null ? string.Empty : " COLLATE " + Name(collation);
        Execute($"CREATE TABLE {qualified} ({Name(columns.CustomerId)} text{collate}, {Name(columns.TouchpointId)} text{collate}, {Name(columns.Timestamp)} timestamptz)");
        using var insert = new NpgsqlCommand($"INSERT INTO {qualified} SELECT * FROM unnest(@c::text[], @p::text[], @t::text[]::timestamptz[])", _connection);
        insert.Parameters.AddWithValue("c", rows.Select(r => r.CustomerId).ToArray());
        insert.Parameters.AddWithValue("p", rows.Select(r => r.TouchpointId).ToArray());
        insert.Parameters.AddWithValue("t", rows.Select(r => r.TimeText).ToArray());
        insert.ExecuteNonQuery();
    }

    public void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        return command.ExecuteScalar();
    }

    public string Report(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection);
        using var reader = command.ExecuteReader();
        Assert.Equal(1, reader.FieldCount);
        Assert.Equal("report", reader.GetName(0));
        Assert.True(reader.Read());
        var report = reader.GetString(0);
        Assert.False(reader.Read());
        return report;
    }

    public void Dispose()
    {
        try
        {
            foreach (var schema in _schemas)
            {
                Execute($"DROP SCHEMA IF EXISTS {Name(schema)} CASCADE");
            }
        }
        finally
        {
            _connection.Dispose();
        }
    }

    private void CreateSchema(string schema)
    {
        Execute($"CREATE SCHEMA {Name(schema)}");
        _schemas.Add(schema);
    }
}
