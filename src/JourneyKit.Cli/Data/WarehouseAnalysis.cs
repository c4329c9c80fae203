using System.Data.Common;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using JourneyKit.Analytics;
using JourneyKit.Model;
using Npgsql;

namespace JourneyKit.Cli.Data;

/// <summary>
/// <c>analyze --connection</c>: runs the query of <see cref="JourneyAnalyticsSql.Generate"/> where the events
/// live, through ADO.NET (DuckDB.NET or Npgsql), and reads the report back. Before the query, the table's
/// columns are looked up in <c>information_schema</c>, so a missing table, a missing column or a column of the
/// wrong type is one sentence, not the engine's error. No message ever shows the connection string, and any
/// password in it is blotted out of the drivers' messages (<see cref="Redact"/>).
/// </summary>
internal static partial class WarehouseAnalysis
{
    /// <summary>The providers by their command-line names.</summary>
    public static readonly IReadOnlyDictionary<string, SqlDialect> Providers = new Dictionary<string, SqlDialect>(StringComparer.Ordinal)
    {
        ["duckdb"] = SqlDialect.DuckDb,
        ["postgres"] = SqlDialect.PostgreSql,
    };

    /// <exception cref="CliException">Exit 2 for anything the connection, the table or its columns make impossible.</exception>
    public static JourneyAnalyticsReport Analyze(JourneyMap map, string mapPath, SqlDialect dialect, string connectionString, string table, EventColumns columns, AnalyticsOptions options)
    {
        var sql = Commands.SqlCommand.Generate(map, mapPath, dialect, table, columns, options);
        var provider = dialect == SqlDialect.DuckDb ? "duckdb" : "postgres";
        using var connection = Open(dialect, connectionString, provider);
        CheckColumns(connection, dialect, table, columns, connectionString);
        var timeout = CommandTimeout(dialect, connectionString);
        string json;
        try
        {
            // PostgreSQL: the query runs in a read-only transaction of its own with JIT compilation off for that
            // transaction only (SET LOCAL). Its JIT compiles the report's many expressions anew for each run: that once
            // cost 40 % of the time on the 10M-event table, and on today's query it gains nothing there (38.2–40.8 s off,
            // 38.6–40.7 s on; docs/warehouse.md, Speed), so off keeps a larger plan (a window, many stages) from paying
            // for it; nothing else is changed.
            using var transaction = dialect == SqlDialect.PostgreSql ? connection.BeginTransaction() : null;
            if (transaction is not null)
            {
                using var session = connection.CreateCommand();
                session.Transaction = transaction;
                session.CommandText = "SET TRANSACTION READ ONLY; SET LOCAL jit = off";
                session.ExecuteNonQuery();
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.CommandTimeout = timeout;
            json = command.ExecuteScalar() as string
                ?? throw new CliException(ExitCodes.Unreadable, $"journeykit: the {provider} query gave no report; the table \"{table}\" may not be a table of events.");
            transaction?.Commit();
        }
        catch (DbException e) when (timeout > 0 && e.InnerException is TimeoutException)
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: the {provider} analytics query on \"{table}\" ran longer than the {timeout} s the connection string's Command Timeout allows; raise it, or leave it out (the query then runs as long as it takes).");
        }
        catch (DbException e)
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: {provider} refused the analytics query on \"{table}\": {FirstLine(Redact(e.Message, connectionString))}");
        }

        return AnalyticsReportJson.Read(json);
    }

    /// <summary>
    /// The analytics query's time limit in seconds, 0 for none: a PostgreSQL connection string's <c>Command Timeout</c>
    /// when it gives one, otherwise none (Npgsql's default of 30 s would stop the query on any large table).
    /// DuckDB runs in process and has no limit.
    /// </summary>
    internal static int CommandTimeout(SqlDialect dialect, string connectionString)
    {
        if (dialect != SqlDialect.PostgreSql)
        {
            return 0;
        }

        // The plain builder holds the keys as given; Npgsql's reads the value (and knows the key's spellings).
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var set = given.Keys.Cast<string>().Any(static key => key.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("CommandTimeout", StringComparison.OrdinalIgnoreCase));
        return set ? new NpgsqlConnectionStringBuilder(connectionString).CommandTimeout : 0;
    }

    private static DbConnection Open(SqlDialect dialect, string connectionString, string provider)
    {
        DbConnection connection;
        try
        {
            connection = dialect == SqlDialect.DuckDb ? new DuckDBConnection(connectionString) : new NpgsqlConnection(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // The parsers' messages can quote the value they could not read: say only what kind of problem it is.
            throw new CliException(ExitCodes.Unreadable, $"journeykit: --connection: not a valid {provider} connection string: a key is unknown or a value cannot be read (the string is not shown, as it may hold a password); see docs/warehouse.md for the form.");
        }

        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException or System.Net.Sockets.SocketException)
        {
            connection.Dispose();
            throw new CliException(ExitCodes.Unreadable, $"journeykit: --connection: cannot connect to {provider}: {FirstLine(Redact(e.Message, connectionString))}");
        }
    }

    /// <summary>The three columns must exist with a text type (ids) and a timestamp-with-time-zone type.</summary>
    private static void CheckColumns(DbConnection connection, SqlDialect dialect, string table, EventColumns columns, string connectionString)
    {
        var parts = table.Split('.');
        var (schema, name) = parts.Length == 2 ? (parts[0], parts[1]) : ((string?)null, parts[0]);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var command = connection.CreateCommand();
            var (p1, p2) = dialect == SqlDialect.DuckDb ? ("$1", "$2") : ("@p1", "@p2");
            command.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = {p1} AND table_schema = "
                + (schema is null ? "current_schema()" : p2);
            Add(command, "p1", name);
            if (schema is not null)
            {
                Add(command, "p2", schema);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                found[reader.GetString(0)] = reader.GetString(1);
            }
        }
        catch (DbException e)
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: --table: cannot read the columns of \"{table}\": {FirstLine(Redact(e.Message, connectionString))}");
        }

        if (found.Count == 0)
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: --table: there is no table \"{table}\" in the database (give NAME or SCHEMA.NAME, as the database spells it).");
        }

        var known = string.Join(", ", found.Keys.Order(StringComparer.Ordinal).Select(c => $"\"{c}\""));
        foreach (var (key, column, timestamp) in new[] { ("customerId", columns.CustomerId, false), ("touchpointId", columns.TouchpointId, false), ("timestamp", columns.Timestamp, true) })
        {
            if (!found.TryGetValue(column, out var type))
            {
                throw new CliException(ExitCodes.Unreadable, $"journeykit: --columns: the table \"{table}\" has no column \"{column}\" for {key}; its columns are {known}.");
            }

            var allowed = timestamp ? IsTimestampWithTimeZone(type) : IsText(type);
            if (!allowed)
            {
                var want = timestamp
                    ? (dialect == SqlDialect.DuckDb ? "TIMESTAMPTZ (TIMESTAMP WITH TIME ZONE)" : "timestamptz (timestamp with time zone)")
                    : (dialect == SqlDialect.DuckDb ? "VARCHAR" : "text or varchar");
                throw new CliException(ExitCodes.Unreadable, $"journeykit: --columns: the {key} column \"{column}\" of \"{table}\" is {type}; it must be {want}.");
            }
        }

        void Add(DbCommand command, string parameter, string value)
        {
            var p = command.CreateParameter();
            if (dialect != SqlDialect.DuckDb)
            {
                p.ParameterName = parameter;
            }

            p.Value = value;
            command.Parameters.Add(p);
        }
    }

    private static bool IsText(string type) =>
        type.Equals("VARCHAR", StringComparison.OrdinalIgnoreCase)
        || type.Equals("text", StringComparison.OrdinalIgnoreCase)
        || type.StartsWith("character", StringComparison.OrdinalIgnoreCase);

    private static bool IsTimestampWithTimeZone(string type) =>
        type.Equals("timestamp with time zone", StringComparison.OrdinalIgnoreCase) || type.Equals("TIMESTAMPTZ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="message"/> without the connection string and without any password value in it (the
    /// <c>Password</c>/<c>Pwd</c> keys, whatever their case or spacing).
    /// </summary>
    public static string Redact(string message, string connectionString)
    {
        var redacted = message.Replace(connectionString, "(the connection string)", StringComparison.Ordinal);
        foreach (Match match in PasswordPattern().Matches(connectionString))
        {
            var value = match.Groups["value"].Value.Trim().Trim('\'', '"');
            if (value.Length > 0)
            {
                redacted = redacted.Replace(value, "***", StringComparison.Ordinal);
            }
        }

        return PasswordPattern().Replace(redacted, m => m.Groups["key"].Value + "=***");
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }

    [GeneratedRegex(@"(?<key>\b(?:password|pwd))\s*=\s*(?<value>'[^']*'|""[^""]*""|[^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPattern();
}
