namespace JourneyKit.Analytics;

/// <summary>The SQL engines <see cref="JourneyAnalyticsSql"/> writes the analytics query for.</summary>
public enum SqlDialect
{
    /// <summary>DuckDB (and MotherDuck): the timestamp column is <c>TIMESTAMPTZ</c>.</summary>
    DuckDb,

    /// <summary>PostgreSQL 12 or later (and Citus): the timestamp column is <c>timestamptz</c>.</summary>
    PostgreSql,

    /// <summary>ClickHouse (and chDB): the timestamp column is <c>DateTime64(p, tz)</c>.</summary>
    ClickHouse,
}
