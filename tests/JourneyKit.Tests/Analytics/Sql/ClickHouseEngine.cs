using System.Diagnostics;
using System.Text.Json;
using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>
/// ClickHouse through chDB, its in-process engine, driven by node (<c>chdb-run.js</c>) in a session folder of its
/// own. The npm package <c>chdb</c> lives in <c>.tools/chdb</c> (ignored by git): .ci/run installs it there, and so does
/// the first test that needs it when it is missing (as <see cref="Helpers.PostgresServer"/> starts its own cluster), so
/// that a plain <c>dotnet test</c> on a fresh clone runs these tests too; or set <c>JOURNEYKIT_CHDB</c> to the package's
/// folder. Without node and npm, these tests fail, never skip. Statements are sent to node in batches, when a result is
/// asked for, because starting node costs about 0.3 s.
/// </summary>
internal sealed class ClickHouseEngine : ISqlEngineSession
{
    private readonly string _session = Directory.CreateTempSubdirectory("journeykit-chdb-").FullName;
    private readonly List<string> _pending = [];

    /// <summary>The version .ci/run installs.</summary>
    private const string Package = "chdb@3.4.0";

    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The chdb package folder, installed into <c>.tools/chdb</c> on first use when it is missing there.</summary>
    /// <exception cref="InvalidOperationException">Thrown when it is missing and npm could not install it.</exception>
    public static string Module => Installed.Value;

    private static string Install()
    {
        if (Environment.GetEnvironmentVariable("JOURNEYKIT_CHDB") is { Length: > 0 } given)
        {
            return given;
        }

        var prefix = RepositoryRoot.Combine(".tools", "chdb");
        var module = Path.Combine(prefix, "node_modules", "chdb");
        if (File.Exists(Path.Combine(module, "package.json")))
        {
            return module;
        }

        Directory.CreateDirectory(prefix);
        var start = new ProcessStartInfo("npm") { WorkingDirectory = prefix, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["install", "--no-audit", "--no-fund", "--silent", Package])
        {
            start.ArgumentList.Add(argument);
        }

        string error;
        int code;
        try
        {
            using var npm = Process.Start(start)!;
            var output = npm.StandardOutput.ReadToEndAsync();
            error = npm.StandardError.ReadToEnd();
            npm.WaitForExit();
            _ = output.Result;
            code = npm.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            (error, code) = (e.Message, -1);
        }

        return code == 0 && File.Exists(Path.Combine(module, "package.json"))
            ? module
            : throw new InvalidOperationException($"chDB is not installed at {module} and `npm install {Package}` there failed ({code}): {error.Trim()} Install node 18 or later with npm, run .ci/run, or set JOURNEYKIT_CHDB.");
    }

    /// <summary>ClickHouse's quoting, written independently of the generator's: backslash escapes in backticks.</summary>
    public string Name(string name) => "`" + name.Replace("\\", "\\\\").Replace("`", "\\`") + "`";

    private static string Text(string? text) => text is null ? "NULL" : "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    public void Load(IReadOnlyList<SqlEventRow> rows, string table = "events", EventColumns? columns = null, string? schema = null)
    {
        columns ??= new EventColumns();
        if (schema is not null)
        {
            _pending.Add($"CREATE DATABASE IF NOT EXISTS {Name(schema)}");
        }

        var qualified = schema is null ? Name(table) : Name(schema) + "." + Name(table);
        _pending.Add($"CREATE TABLE {qualified} ({Name(columns.CustomerId)} Nullable(String), {Name(columns.TouchpointId)} Nullable(String), {Name(columns.Timestamp)} Nullable(DateTime64(6, 'Asia/Kathmandu'))) ENGINE = MergeTree ORDER BY tuple()");
        if (rows.Count > 0)
        {
            // Times are sent as UTC text and read as UTC, whatever the column's zone.
            _pending.Add($"INSERT INTO {qualified} VALUES " + string.Join(", ", rows.Select(r =>
                $"({Text(r.CustomerId)}, {Text(r.TouchpointId)}, {(r.Timestamp is { } t ? $"toDateTime64({Text(t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture))}, 6, 'UTC')" : "NULL")})")));
        }
    }

    public void Execute(string sql) => _pending.Add(sql);

    public object? Scalar(string sql) => Run(sql).Trim();

    public string Report(string sql)
    {
        var text = Run(sql);
        Assert.DoesNotContain('\n', text.TrimEnd('\n'));
        return text.TrimEnd('\n');
    }

    private string Run(string query)
    {
        var module = Module;
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "JourneyKit.Tests", "Analytics", "Sql", "chdb-run.js"));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        process.StandardInput.Write(JsonSerializer.Serialize(new Dictionary<string, object> { ["module"] = module, ["session"] = _session, ["statements"] = _pending.ToArray(), ["query"] = query }));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _pending.Clear();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException("chDB: " + error);
    }

    public void Dispose() => Directory.Delete(_session, recursive: true);
}
