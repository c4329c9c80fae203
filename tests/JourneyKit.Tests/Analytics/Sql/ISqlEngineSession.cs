using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>A connection to a real SQL engine with a database of its own, for the engine-independent tests of <see cref="SqlEngineTests"/>.</summary>
internal interface ISqlEngineSession : IDisposable
{
    /// <summary>The engine's own quoting of a name, written independently of the generator's.</summary>
    string Name(string name);

    /// <summary>Creates the table (in <paramref name="schema"/> when given) with text ids and a timestamp with time zone, and fills it.</summary>
    void Load(IReadOnlyList<SqlEventRow> rows, string table = "events", EventColumns? columns = null, string? schema = null);

    void Execute(string sql);

    object? Scalar(string sql);

    /// <summary>Runs a query that must give one row and one column named <c>report</c>, and returns it.</summary>
    string Report(string sql);
}
