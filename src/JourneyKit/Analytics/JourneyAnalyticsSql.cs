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
    /// <param name="options">The analytics options; <see langword="null"/> for the defaults. The query computes the conversion window
    /// (<see cref="AnalyticsOptions.Window"/>) and the funnel's stages (<see cref="AnalyticsOptions.FunnelStageIds"/>) as the in-memory engine does;
    /// the breakdown, its attribution and limit, cohorts and customer rows are not yet supported (see the exception), and the options that
    /// steer in-memory reading (order, parallelism, strict mode, progress) are ignored.</param>
    /// <returns>One SQL statement, ending with <c>;</c> and a line break.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown, with the JSON path of the first problem, when the map has no
    /// stage, more than 255 stages, an id that is missing or breaks the format's id rule (the map's, a stage's or a
    /// touchpoint's), a stage id or a touchpoint id twice; or when the table or a column name is empty, the table has
    /// more than two parts, or a name holds a NUL character; or when <paramref name="dialect"/> is not defined; or, with the parameter name
    /// <c>options</c>, when an option the query does not yet compute is set (<see cref="AnalyticsOptions.Breakdown"/>,
    /// <see cref="AnalyticsOptions.Attribution"/>, <see cref="AnalyticsOptions.BreakdownLimit"/>, <see cref="AnalyticsOptions.CohortPeriod"/>,
    /// <see cref="AnalyticsOptions.CollectCustomers"/>), when <see cref="AnalyticsOptions.FunnelStageIds"/> is empty or names a stage the map does not
    /// have or a stage twice, or when <see cref="AnalyticsOptions.Window"/> is not longer than zero (<see cref="ArgumentOutOfRangeException"/>); or, with the parameter name <c>map</c>, when a play of the map has a
    /// <see cref="PlayMetric.Conversion"/> or <see cref="PlayMetric.Reach"/> condition, which the query does not yet evaluate.</exception>
    public static string Generate(JourneyMap map, SqlDialect dialect, string? table = null, EventColumns? columns = null, AnalyticsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var rules = SqlDialectRules.For(dialect);
        CheckOptions(options ?? new AnalyticsOptions());
        SqlMapCheck.Check(map);
        foreach (var playbook in map.Playbooks)
        {
            foreach (var play in playbook.Plays)
            {
                if (play.When.Metric is PlayMetric.Conversion or PlayMetric.Reach)
                {
                    throw new ArgumentException($"The play '{play.Id}' of playbook '{playbook.Id}' has a {(play.When.Metric == PlayMetric.Conversion ? "conversion" : "reach")} condition, which the generated SQL does not yet evaluate into firedPlays; leave such plays out of the map given to the SQL, or run `journeykit analyze` on the events as a CSV file, which fires them.", nameof(map));
                }
            }
        }

        // The funnel and window as the in-memory engine reads them: an unknown or repeated stage, or a window that is not
        // longer than zero, is refused with the same sentence (ParamName "options").
        var analytics = AnalyticsMap.Create(map, options);
        var tableName = SqlTableName.Parse(table ?? DefaultTable);
        columns ??= new EventColumns();
        SqlTableName.CheckColumn(columns.CustomerId, nameof(EventColumns.CustomerId));
        SqlTableName.CheckColumn(columns.TouchpointId, nameof(EventColumns.TouchpointId));
        SqlTableName.CheckColumn(columns.Timestamp, nameof(EventColumns.Timestamp));
        return new AnalyticsQueryWriter(map, rules, tableName, columns, analytics.FunnelStages, analytics.WindowTicks == long.MaxValue ? null : analytics.WindowTicks).Write();
    }

    /// <summary>
    /// Every option of <see cref="AnalyticsOptions"/> that changes the report, with its command-line flag, whether it is set,
    /// and whether the generated SQL computes it. An option added to <see cref="AnalyticsOptions"/> that changes the report
    /// gets a row here (the tests fail until it has one); when the query learns it, its row says <c>InSql: true</c>.
    /// </summary>
    internal static readonly (string Option, string Flag, Func<AnalyticsOptions, bool> IsSet, bool InSql)[] ReportOptions =
    [
        (nameof(AnalyticsOptions.Window), "--window", static o => o.Window is not null, true),
        (nameof(AnalyticsOptions.FunnelStageIds), "--stages", static o => o.FunnelStageIds is not null, true),
        (nameof(AnalyticsOptions.Breakdown), "--breakdown", static o => o.Breakdown is not null, false),
        (nameof(AnalyticsOptions.Attribution), "--attribution", static o => o.Attribution != BreakdownAttribution.First, false),
        (nameof(AnalyticsOptions.BreakdownLimit), "--breakdown-limit", static o => o.BreakdownLimit != 50, false),
        (nameof(AnalyticsOptions.CohortPeriod), "--cohorts", static o => o.CohortPeriod is not null, false),
        (nameof(AnalyticsOptions.CollectCustomers), "--customers-out", static o => o.CollectCustomers, false),
    ];

    /// <summary>The options that only steer how the in-memory engine reads events (and the limit it puts on its cohorts); a query has no use for them and ignores them.</summary>
    internal static readonly string[] ReadingOptions =
        [nameof(AnalyticsOptions.Order), nameof(AnalyticsOptions.MaxDegreeOfParallelism), nameof(AnalyticsOptions.StopAtFirstProblem), nameof(AnalyticsOptions.Progress), nameof(AnalyticsOptions.MaxLineBytes), nameof(AnalyticsOptions.MaxCohortPeriods)];

    /// <summary>Refuses, in one sentence, the first option that is set but not computed by the generated SQL.</summary>
    private static void CheckOptions(AnalyticsOptions options)
    {
        foreach (var (option, flag, isSet, inSql) in ReportOptions)
        {
            if (!inSql && isSet(options))
            {
                var covered = ReportOptions.Where(static r => r.InSql).Select(static r => $"{r.Option} ({r.Flag})").ToList();
                var coverage = covered.Count == 0
                    ? "which computes the report of the default options only (no window, every stage in the funnel, no breakdown, no cohorts)"
                    : "which computes, besides the defaults, only " + (covered.Count == 1 ? covered[0] : string.Join(", ", covered[..^1]) + " and " + covered[^1]);
                throw new ArgumentException(
                    $"The analytics option {option} ({flag}) is not yet supported by the generated SQL, {coverage}; leave it unset here, or run `journeykit analyze` on the events as a CSV file, which supports it.",
                    nameof(options));
            }
        }
    }
}
