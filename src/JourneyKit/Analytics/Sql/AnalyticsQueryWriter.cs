using System.Globalization;
using System.Text;
using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// Writes the one statement of <see cref="JourneyAnalyticsSql.Generate"/>. Its CTEs, in order:
/// <c>ev</c> (every row: customer, integer time, well-formed or not, stage and initiator of its touchpoint),
/// <c>counts</c> (rows, events, unknown touchpoints, initiators), <c>k</c> (the events on touchpoints of the
/// map), <c>reach</c>, <c>f0 … fn−1</c> (each customer's funnel time at each step: the earliest event of the
/// stage at or after the previous step, with its delta), the path CTEs ending in <c>pj</c>, <c>cv</c> (the time to
/// convert), <c>q1 … qn−1</c> and <c>qc</c> (one row of time figures each, from one sorted array), and <c>st</c> (one
/// row of the counts of every stage); the final SELECT writes the JSON text.
/// </summary>
internal sealed class AnalyticsQueryWriter(JourneyMap map, SqlDialectRules rules, SqlTableName table, EventColumns columns)
{
    /// <summary>How many paths the report lists (docs/analytics.md).</summary>
    private const int TopPaths = 10;

    /// <summary>The five percentiles of the report (docs/analytics.md): JSON key and SQL literal.</summary>
    private static readonly (string Key, string P)[] Percentiles =
        [("p25", "0.25"), ("p50", "0.5"), ("p75", "0.75"), ("p90", "0.9"), ("p95", "0.95")];

    private readonly StringBuilder _sql = new();

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
        _sql.Append(",\n").Append(rules.Cte("k", materialized: true)).Append(" (SELECT cid, t, stage FROM ev WHERE ok = 1 AND stage IS NOT NULL)");
        _sql.Append(",\nreach AS (SELECT stage, ").Append(rules.CountDistinct("cid")).Append(" AS n FROM k GROUP BY stage)");
        _sql.Append(",\nf0 AS (SELECT cid, min(t) AS t FROM k WHERE stage = 0 GROUP BY cid)");
        for (var s = 1; s < stages.Count; s++)
        {
            _sql.Append(",\nf").Append(Int(s)).Append(" AS (SELECT e.cid AS cid, min(e.t) AS t, min(e.t) - p.t AS d FROM k AS e INNER JOIN f").Append(Int(s - 1))
                .Append(" AS p ON e.cid = p.cid WHERE e.stage = ").Append(Int(s)).Append(" AND e.t >= p.t GROUP BY e.cid, p.t)");
        }

        rules.WritePaths(_sql, StageIdOf, TopPaths);
        var last = Int(stages.Count - 1);
        _sql.Append(",\ncv AS (SELECT l.t - b.t AS d FROM f").Append(last).Append(" AS l INNER JOIN f0 AS b ON l.cid = b.cid)");

        // Time figures: one row per funnel step k ≥ 2 (q1 …) and for the time to convert (qc), each from one sorted array.
        for (var s = 1; s < stages.Count; s++)
        {
            WriteTimeFigures("q" + Int(s), "f" + Int(s));
        }

        WriteTimeFigures("qc", "cv");

        _sql.Append(",\nst AS (SELECT (SELECT ").Append(rules.CountDistinct("cid")).Append(" FROM k) AS customers");
        for (var s = 0; s < stages.Count; s++)
        {
            var i = Int(s);
            _sql.Append(",\n  COALESCE((SELECT n FROM reach WHERE stage = ").Append(i).Append("), 0) AS r").Append(i)
                .Append(", (SELECT count(*) FROM f").Append(i).Append(") AS n").Append(i);
        }

        _sql.Append(")\nSELECT ");
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
        Text(",\"window\":null,\"funnelStageIds\":[" + string.Join(',', stages.Select(stage => "\"" + stage.Id + "\"")) + "]");
        Text(",\"stages\":[");
        for (var s = 0; s < stages.Count; s++)
        {
            var i = Int(s);
            Text((s == 0 ? string.Empty : ",") + "{\"stageId\":\"" + stages[s].Id + "\",\"reach\":");
            Expr(rules.CountText("st.r" + i));
            Text(",\"funnel\":");
            Expr(rules.CountText("st.n" + i));
            Text(",\"conversionFromPrevious\":");
            if (s == 0)
            {
                Text("null,\"medianSecondsFromPrevious\":null,\"secondsFromPrevious\":null}");
                continue;
            }

            var previous = "st.n" + Int(s - 1);
            Expr($"CASE WHEN {previous} = 0 THEN 'null' ELSE {rules.NumberText(rules.Ratio("st.n" + i, previous))} END");
            Text(",\"medianSecondsFromPrevious\":");
            Expr($"CASE WHEN q{i}.n = 0 THEN 'null' ELSE {rules.DoubleText($"q{i}.m")} END");
            Text(",\"secondsFromPrevious\":");
            Expr($"CASE WHEN q{i}.n = 0 THEN 'null' ELSE {PercentileObject($"q{i}.", null)} END");
            Text("}");
        }

        Text("],\"secondsToConvert\":");
        Expr($"CASE WHEN qc.n = 0 THEN 'null' ELSE {PercentileObject("qc.", "qc.n")} END");
        Text(",\"paths\":[");
        Expr("COALESCE(pj.j, '')");
        Text("],\"breakdown\":null,\"cohorts\":null,\"firedPlays\":[]}");
        _sql.Append(" AS report\nFROM counts AS c, st, pj");
        for (var s = 1; s < stages.Count; s++)
        {
            _sql.Append(", q").Append(Int(s));
        }

        _sql.Append(", qc").Append(rules.Trailer).Append(";\n");
        return _sql.ToString();
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
            parts.Add("(" + rules.DoubleText(prefix + key) + ")");
        }

        if (count is not null)
        {
            parts.Add(rules.Literal(",\"n\":"));
            parts.Add("(" + rules.CountText(count) + ")");
        }

        parts.Add(rules.Literal("}"));
        return "(" + string.Join(" || ", parts) + ")";
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

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

    private bool _first = true;

    private void Text(string text) => Part(rules.Literal(text));

    private void Expr(string expression) => Part("(" + expression + ")");

    private void Part(string part)
    {
        if (!_first)
        {
            _sql.Append("\n  || ");
        }

        _first = false;
        _sql.Append(part);
    }
}
