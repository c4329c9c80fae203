using System.Globalization;
using System.Text;
using JourneyKit.Model;
using static JourneyKit.Analytics.SqlDialectRules;

namespace JourneyKit.Analytics;

/// <summary>
/// Writes the one statement of <see cref="JourneyAnalyticsSql.Generate"/>. Its CTEs, in order:
/// <c>ev</c> (every row: customer, integer time, well-formed or not, stage and initiator of its touchpoint),
/// <c>counts</c> (rows, events, unknown touchpoints, initiators), <c>k</c> (the events on touchpoints of the
/// map), <c>reach</c>, <c>f0 … fm−1</c> (each customer's funnel time at each step of the funnel: the earliest event of the
/// stage at or after the previous step, with its delta and the entry s; with a window, of the customer's earliest entry among
/// the deepest, from <c>c0 … cm−1</c>, <c>bd</c> and <c>best</c>), the path CTEs ending in <c>pj</c>, <c>cv</c> (the time to
/// convert), <c>q1 … qn−1</c> and <c>qc</c> (one row of time figures each, from one sorted array), and <c>st</c> (one
/// row of the counts of every stage), with PostgreSQL <c>dt</c> (the text of every double, at once); the final SELECT writes
/// the JSON text. PostgreSQL folds the reach, the chain without a window and the paths in one ordered pass over each customer's
/// events instead (<see cref="SqlDialectRules.WriteCustomerPass"/>: <c>o0</c>, <c>o1</c>, <c>cu</c>, <c>pc</c>, <c>reach</c>, …).
/// </summary>
internal sealed class AnalyticsQueryWriter(JourneyMap map, SqlDialectRules rules, SqlTableName table, EventColumns columns, IReadOnlyList<int> funnel, long? windowTicks)
{
    /// <summary>How many paths the report lists (docs/analytics.md).</summary>
    private const int TopPaths = 10;

    /// <summary>The five percentiles of the report (docs/analytics.md): JSON key and SQL literal.</summary>
    private static readonly (string Key, string P)[] Percentiles =
        [("p25", "0.25"), ("p50", "0.5"), ("p75", "0.75"), ("p90", "0.9"), ("p95", "0.95")];

    private readonly StringBuilder _sql = new();

    /// <summary>The final SELECT's expression: the parts of the JSON text joined with <c>||</c>.</summary>
    private readonly StringBuilder _select = new();

    /// <summary>The doubles of the report, in order, when the dialect writes them together (the CTE <c>dt</c>).</summary>
    private readonly List<string> _doubles = [];

    /// <summary>The funnel's map stage indices, in funnel order.</summary>
    private readonly int[] _funnel = [.. funnel];

    /// <summary>
    /// The window in the dialect's time units: a step at t counts when t − s ≤ this, which for whole units is the in-memory
    /// engine's t ≤ s + window in ticks (a window that is not a whole number of units is cut, as t and s are whole units).
    /// </summary>
    private readonly long? _windowUnits = windowTicks / rules.TicksPerUnit;

    public string Write()
    {
        var stages = map.Stages;
        var customerColumn = rules.Identifier(columns.CustomerId);
        var touchpointColumn = rules.Identifier(columns.TouchpointId);
        var timeColumn = rules.Identifier(columns.Timestamp);
        var from = string.Join('.', table.Parts.Select(rules.Identifier));

        _sql.Append("-- journeykit analytics report (version 2) of map ").Append(map.Id).Append(": one row, one column `report`, JSON text\n");
        _sql.Append("WITH\n");
        _sql.Append(rules.Cte("ev", materialized: true)).Append(" (SELECT cid, t, ok,\n  CASE WHEN ok = 1 THEN ").Append(TouchpointCase(stage: true)).Append(" END AS stage,\n")
            .Append("  CASE WHEN ok = 1 THEN ").Append(TouchpointCase(stage: false)).Append(" END AS cust\n")
            .Append(" FROM (SELECT ").Append(rules.Bytewise(customerColumn)).Append(" AS cid, ").Append(rules.Bytewise(touchpointColumn)).Append(" AS tp, ")
            .Append(rules.IntegerTime(timeColumn)).Append(" AS t,\n")
            .Append("  CASE WHEN ").Append(customerColumn).Append(" IS NULL OR ").Append(touchpointColumn).Append(" IS NULL OR ").Append(timeColumn).Append(" IS NULL OR ")
            .Append(rules.Bytewise(customerColumn)).Append(" = '' OR ").Append(rules.Bytewise(touchpointColumn)).Append(" = '' THEN 0 ELSE 1 END AS ok\n")
            .Append("  FROM ").Append(from).Append(") AS raw)");
        _sql.Append(",\ncounts AS (SELECT count(*) AS total_rows, COALESCE(sum(ok), 0) AS events,\n")
            .Append("  COALESCE(sum(CASE WHEN ok = 1 AND stage IS NULL THEN 1 ELSE 0 END), 0) AS unknown_events,\n")
            .Append("  COALESCE(sum(CASE WHEN cust IS NULL THEN 0 ELSE 1 END), 0) AS stated,\n")
            .Append("  COALESCE(sum(CASE WHEN cust = 1 THEN 1 ELSE 0 END), 0) AS by_customer FROM ev)");
        // k is read once by the one pass without a window: inlined there, its rows are not written out a second time (PostgreSQL
        // on 10 million events: 39.2 s instead of 43.7 s).
        var keptOnce = rules.FoldsCustomersInOnePass && _windowUnits is null;
        _sql.Append(",\n").Append(rules.Cte("k", materialized: !keptOnce)).Append(" (SELECT cid, t, stage FROM ev WHERE ok = 1 AND stage IS NOT NULL)");
        if (rules.FoldsCustomersInOnePass)
        {
            rules.WriteCustomerPass(_sql, StageIdOf, TopPaths, _windowUnits is null ? _funnel : null);
            if (_windowUnits is { } window)
            {
                WriteWindowChains(window);
            }
        }
        else
        {
            _sql.Append(",\nreach AS (SELECT stage, ").Append(rules.CountDistinct("cid")).Append(" AS n FROM k GROUP BY stage)");
            if (_windowUnits is { } window)
            {
                WriteWindowChains(window);
            }
            else
            {
                WriteGreedyChain();
            }

            rules.WritePaths(_sql, StageIdOf, TopPaths);
        }

        _sql.Append(",\ncv AS (SELECT t - s AS d FROM f").Append(Int(funnel.Count - 1)).Append(')');

        // Time figures: one row per funnel step k ≥ 2 (q1 …) and for the time to convert (qc), each from one sorted array.
        for (var j = 1; j < funnel.Count; j++)
        {
            WriteTimeFigures("q" + Int(j), "f" + Int(j));
        }

        WriteTimeFigures("qc", "cv");

        _sql.Append(",\nst AS (SELECT (SELECT ").Append(rules.FoldsCustomersInOnePass ? "count(*) FROM cu" : rules.CountDistinct("cid") + " FROM k").Append(") AS customers");
        for (var s = 0; s < stages.Count; s++)
        {
            _sql.Append(",\n  COALESCE((SELECT n FROM reach WHERE stage = ").Append(Int(s)).Append("), 0) AS r").Append(Int(s));
        }

        for (var j = 0; j < funnel.Count; j++)
        {
            _sql.Append(",\n  (SELECT count(*) FROM f").Append(Int(j)).Append(") AS n").Append(Int(j));
        }

        _sql.Append(')');
        Text("{\"mapId\":\"" + map.Id + "\",\"events\":");
        Expr(rules.CountText("c.events"));
        Text(",\"customers\":");
        Expr(rules.CountText("st.customers"));
        Text(",\"unknownTouchpointEvents\":");
        Expr(rules.CountText("c.unknown_events"));
        Text(",\"malformedLines\":");
        Expr(rules.CountText("c.total_rows - c.events"));
        Text(",\"customerInitiatedShare\":");
        Expr($"CASE WHEN c.stated = 0 THEN 'null' ELSE {rules.NumberText(rules.Ratio("c.by_customer", "c.stated"))} END");
        var windowJson = windowTicks is { } ticks
            ? "{\"seconds\":" + ((double)ticks / TimeSpan.TicksPerSecond).ToString("R", CultureInfo.InvariantCulture) + "}"
            : "null";
        Text(",\"window\":" + windowJson + ",\"funnelStageIds\":[" + string.Join(',', funnel.Select(f => "\"" + stages[f].Id + "\"")) + "]");
        Text(",\"stages\":[");
        for (var s = 0; s < stages.Count; s++)
        {
            Text((s == 0 ? string.Empty : ",") + "{\"stageId\":\"" + stages[s].Id + "\",\"reach\":");
            Expr(rules.CountText("st.r" + Int(s)));
            var j = Array.IndexOf(_funnel, s);
            if (j < 0)
            {
                Text(",\"funnel\":null,\"conversionFromPrevious\":null,\"medianSecondsFromPrevious\":null,\"secondsFromPrevious\":null}");
                continue;
            }

            var i = Int(j);
            Text(",\"funnel\":");
            Expr(rules.CountText("st.n" + i));
            Text(",\"conversionFromPrevious\":");
            if (j == 0)
            {
                Text("null,\"medianSecondsFromPrevious\":null,\"secondsFromPrevious\":null}");
                continue;
            }

            var previous = "st.n" + Int(j - 1);
            Expr($"CASE WHEN {previous} = 0 THEN 'null' ELSE {rules.NumberText(rules.Ratio("st.n" + i, previous))} END");
            Text(",\"medianSecondsFromPrevious\":");
            Expr($"CASE WHEN q{i}.n = 0 THEN 'null' ELSE {Double($"q{i}.m")} END");
            Text(",\"secondsFromPrevious\":");
            Expr($"CASE WHEN q{i}.n = 0 THEN 'null' ELSE {PercentileObject($"q{i}.", null)} END");
            Text("}");
        }

        Text("],\"secondsToConvert\":");
        Expr($"CASE WHEN qc.n = 0 THEN 'null' ELSE {PercentileObject("qc.", "qc.n")} END");
        Text(",\"paths\":[");
        Expr("COALESCE(pj.j, '')");
        Text("],\"breakdown\":null,\"cohorts\":null,\"firedPlays\":[]}");
        var figures = string.Join(", ", [.. Enumerable.Range(1, funnel.Count - 1).Select(j => "q" + Int(j)), "qc"]);
        if (_doubles.Count > 0)
        {
            _sql.Append(",\ndt AS ").Append(rules.DoubleTexts(_doubles, figures));
        }

        _sql.Append("\nSELECT ").Append(_select).Append(" AS report\nFROM counts AS c, st, pj, ").Append(figures).Append(_doubles.Count > 0 ? ", dt" : string.Empty)
            .Append(rules.Trailer).Append(";\n");
        return _sql.ToString();
    }

    /// <summary>
    /// Without a window: <c>f0 … fm−1</c> (columns <c>cid</c>, <c>t</c>, <c>d</c>, <c>s</c>), the customer's one chain from their
    /// earliest entry s: tⱼ = the earliest event of funnel stage j at or after tⱼ₋₁, dⱼ = tⱼ − tⱼ₋₁ — a join and a
    /// <c>GROUP BY</c> per step over one row per customer.
    /// </summary>
    private void WriteGreedyChain()
    {
        _sql.Append(",\nf0 AS (SELECT cid, s AS t, s FROM (SELECT cid, min(t) AS s FROM k WHERE stage = ").Append(Int(_funnel[0])).Append(" GROUP BY cid) AS e0)");
        for (var j = 1; j < _funnel.Length; j++)
        {
            _sql.Append(",\nf").Append(Int(j)).Append(" AS (SELECT e.cid AS cid, min(e.t) AS t, min(e.t) - p.t AS d, p.s AS s FROM k AS e INNER JOIN f").Append(Int(j - 1))
                .Append(" AS p ON e.cid = p.cid WHERE e.stage = ").Append(Int(_funnel[j])).Append(" AND e.t >= p.t GROUP BY e.cid, p.t, p.s)");
        }
    }

    /// <summary>
    /// With a window of <paramref name="window"/> units: <c>c0</c>, every distinct entry s of a customer (an event in the
    /// first funnel stage); <c>cj</c>, the entries whose chain reaches step j, with tⱼ = the earliest event of funnel stage j at
    /// or after tⱼ₋₁ — a running minimum over the customer's stage-j events and chains in descending time (events before
    /// chains at the same instant, so a step at the same instant counts) — kept when tⱼ − s ≤ window (the window only cuts
    /// the chain short, so the windowed chain is the unwindowed one up to its first step past s + window); <c>bd</c> and
    /// <c>best</c>, each customer's earliest entry among the deepest; <c>f0 … fm−1</c> that entry's chain. Every step sorts
    /// the customer's live chains with their stage-j events once: no join grows with entries × events.
    /// </summary>
    private void WriteWindowChains(long window)
    {
        var limit = window.ToString(CultureInfo.InvariantCulture);
        _sql.Append(",\nc0 AS (SELECT cid, s, s AS t FROM (SELECT DISTINCT cid, t AS s FROM k WHERE stage = ").Append(Int(_funnel[0])).Append(") AS e0)");
        for (var j = 1; j < _funnel.Length; j++)
        {
            _sql.Append(",\nc").Append(Int(j)).Append(" AS (SELECT cid, s, n AS t, n - x AS d FROM (SELECT cid, s, x, q,\n")
                .Append("  min(CASE WHEN q = 0 THEN x END) OVER (PARTITION BY cid ORDER BY x DESC, q ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS n\n")
                .Append("  FROM (SELECT cid, s, t AS x, 1 AS q FROM c").Append(Int(j - 1))
                .Append(" UNION ALL SELECT cid, t AS s, t AS x, 0 AS q FROM k WHERE stage = ").Append(Int(_funnel[j])).Append(") AS u) AS w\n")
                .Append(" WHERE q = 1 AND n IS NOT NULL AND n - s <= ").Append(limit).Append(')');
        }

        _sql.Append(",\nbd AS (");
        for (var j = 0; j < _funnel.Length; j++)
        {
            _sql.Append(j == 0 ? string.Empty : " UNION ALL ").Append("SELECT cid, ").Append(Int(j + 1)).Append(" AS depth, min(s) AS e FROM c").Append(Int(j)).Append(" GROUP BY cid");
        }

        _sql.Append(')');
        _sql.Append(",\nbest AS (SELECT cid, e FROM (SELECT cid, e, row_number() OVER (PARTITION BY cid ORDER BY depth DESC) AS rn FROM bd) AS r WHERE rn = 1)");
        for (var j = 0; j < _funnel.Length; j++)
        {
            _sql.Append(",\nf").Append(Int(j)).Append(" AS (SELECT c.cid AS cid, c.t AS t, ").Append(j == 0 ? string.Empty : "c.d AS d, ").Append("c.s AS s FROM c").Append(Int(j))
                .Append(" AS c INNER JOIN best AS b ON c.cid = b.cid AND c.s = b.e)");
        }
    }

    /// <summary>
    /// The CTE <paramref name="name"/>: one row of <c>n</c>, the median <c>m</c> and <c>p25</c> … <c>p95</c> in seconds of the
    /// deltas <c>d</c> of <paramref name="source"/>, from their sorted array (figures NULL or meaningless when n = 0).
    /// </summary>
    private void WriteTimeFigures(string name, string source)
    {
        _sql.Append(",\n").Append(name).Append(" AS (SELECT n, ").Append(rules.MedianSeconds("xs", "n")).Append(" AS m");
        foreach (var (key, p) in Percentiles)
        {
            _sql.Append(",\n  ").Append(rules.PercentileSeconds("xs", "n", p)).Append(" AS ").Append(key);
        }

        _sql.Append("\n FROM (SELECT ").Append(rules.CountRows).Append(" AS n, ").Append(rules.SortedTicks("d")).Append(" AS xs FROM ").Append(source).Append(") AS sorted)");
    }

    /// <summary>The text of <c>{"p25":…,"p95":…}</c> (and <c>"n"</c> when <paramref name="count"/> is given) from the columns <paramref name="prefix"/>p25 … p95.</summary>
    private string PercentileObject(string prefix, string? count)
    {
        var parts = new List<string>();
        foreach (var (key, _) in Percentiles)
        {
            parts.Add(rules.Literal((parts.Count == 0 ? "{\"" : ",\"") + key + "\":"));
            parts.Add("(" + Double(prefix + key) + ")");
        }

        if (count is not null)
        {
            parts.Add(rules.Literal(",\"n\":"));
            parts.Add("(" + rules.CountText(count) + ")");
        }

        parts.Add(rules.Literal("}"));
        return "(" + string.Join(" || ", parts) + ")";
    }


    /// <summary>A touchpoint id's stage index (<paramref name="stage"/>) or initiator (1 customer, 0 company, NULL none); NULL for an id not in the map.</summary>
    private string TouchpointCase(bool stage)
    {
        var sql = new StringBuilder("CASE tp");
        var any = false;
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var touchpoint in map.Stages[s].Touchpoints)
            {
                string? value = stage ? Int(s) : touchpoint.Initiator switch
                {
                    Initiator.Customer => "1",
                    Initiator.Company => "0",
                    _ => null,
                };
                if (value is not null)
                {
                    sql.Append(" WHEN ").Append(rules.Literal(touchpoint.Id)).Append(" THEN ").Append(value);
                    any = true;
                }
            }
        }

        // A map without touchpoints (or without initiators) still needs a well-formed CASE.
        return any ? sql.Append(" END").ToString() : "CASE WHEN 1 = 0 THEN 0 END";
    }

    /// <summary>The stage id of a stage index, as a literal.</summary>
    private string StageIdOf(string index)
    {
        var sql = new StringBuilder("CASE ").Append(index);
        for (var s = 0; s < map.Stages.Count; s++)
        {
            sql.Append(" WHEN ").Append(Int(s)).Append(" THEN ").Append(rules.Literal(map.Stages[s].Id));
        }

        return sql.Append(" END").ToString();
    }

    /// <summary>The text of the double <paramref name="expression"/>: written where it is used, or collected for the CTE <c>dt</c>.</summary>
    private string Double(string expression)
    {
        if (!rules.WritesDoublesTogether)
        {
            return rules.DoubleText(expression);
        }

        _doubles.Add(expression);
        return rules.At("dt.a", Int(_doubles.Count));
    }

    private void Text(string text) => Part(rules.Literal(text));

    private void Expr(string expression) => Part("(" + expression + ")");

    private void Part(string part)
    {
        if (_select.Length > 0)
        {
            _select.Append("\n  || ");
        }

        _select.Append(part);
    }
}
