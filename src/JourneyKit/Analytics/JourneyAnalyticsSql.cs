using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// Writes the analytics of a map as one SQL query, so that the user's database or warehouse does the
/// work: its single row and single column <c>report</c> is the analytics report as JSON text, with the
/// figures of <see cref="JourneyAnalyzer"/> on the same events (see docs/warehouse.md).
/// </summary>
/// <remarks>
/// <para>It writes text and depends on no database. Every name and literal taken from the map or the
/// arguments is quoted for its dialect, so no table name, column name or id can inject SQL.</para>
/// <para>A row whose customer or touchpoint id is NULL or empty, or whose time is NULL, counts as
/// malformed (<c>malformedLines</c> = rows − <c>events</c>), as an event with an empty id does in memory.</para>
/// </remarks>
/// <threadsafety>All members are static and safe to use from several threads at once.</threadsafety>
public static class JourneyAnalyticsSql
{
    /// <summary>The table the query reads when none is named: <c>events</c>.</summary>
    public const string DefaultTable = "events";

    /// <summary>Writes the analytics query of <paramref name="map"/> for <paramref name="dialect"/>.</summary>
    /// <param name="map">The map whose stages and touchpoints the events refer to; it must pass the format's id rules (see the exception).</param>
    /// <param name="dialect">The engine that will run the query.</param>
    /// <param name="table">The event table: <c>name</c>, or <c>schema.name</c> (each part quoted on its own; a name cannot contain <c>.</c>); <see langword="null"/> for <see cref="DefaultTable"/>.</param>
    /// <param name="columns">The names of the event columns; <see langword="null"/> for the defaults.</param>
    /// <param name="options">The analytics options; <see langword="null"/> for the defaults. Version 1 of the report has no option that changes its figures, so none is read yet.</param>
    /// <returns>One SQL statement, ending with <c>;</c> and a line break.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown, with the JSON path of the first problem, when the map has no
    /// stage, more than 255 stages, an id that is missing or breaks the format's id rule (the map's, a stage's or a
    /// touchpoint's), a stage id or a touchpoint id twice; or when the table or a column name is empty, the table has
    /// more than two parts, or a name holds a NUL character; or when <paramref name="dialect"/> is not defined.</exception>
    public static string Generate(JourneyMap map, SqlDialect dialect, string? table = null, EventColumns? columns = null, AnalyticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var rules = SqlDialectRules.For(dialect);
        if (options is { Window: not null } || options is { FunnelStageIds: not null })
        {
            throw new ArgumentException("The analytics options Window and FunnelStageIds are not yet supported by the generated SQL; leave both unset (no window, every stage in the funnel).", nameof(options));
        }

        SqlMapCheck.Check(map);
        foreach (var playbook in map.Playbooks)
        {
            foreach (var play in playbook.Plays)
            {
                if (play.When.Metric is PlayMetric.Conversion or PlayMetric.Reach)
                {
                    throw new ArgumentException($"The play '{play.Id}' of playbook '{playbook.Id}' has a {(play.When.Metric == PlayMetric.Conversion ? "conversion" : "reach")} condition, which the generated SQL does not yet evaluate (firedPlays); the map may have only plays on other metrics.", nameof(map));
                }
            }
        }

        var tableName = SqlTableName.Parse(table ?? DefaultTable);
        columns ??= new EventColumns();
        SqlTableName.CheckColumn(columns.CustomerId, nameof(EventColumns.CustomerId));
        SqlTableName.CheckColumn(columns.TouchpointId, nameof(EventColumns.TouchpointId));
        SqlTableName.CheckColumn(columns.Timestamp, nameof(EventColumns.Timestamp));
        return new AnalyticsQueryWriter(map, rules, tableName, columns).Write();
    }
}
