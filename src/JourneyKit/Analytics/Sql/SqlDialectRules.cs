using System.Text;

namespace JourneyKit.Analytics;

/// <summary>
/// What differs between the dialects: quoting, the integer time of an instant, arrays and doubles for the
/// percentiles, the text of a number, byte-wise comparison of text, and how a customer's path is folded.
/// </summary>
internal abstract class SqlDialectRules
{
    /// <summary>The SQL text of an integer (invariant digits, whatever the culture).</summary>
    public static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static SqlDialectRules For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.DuckDb => new DuckDbRules(),
        SqlDialect.PostgreSql => new PostgreSqlRules(),
        SqlDialect.ClickHouse => new ClickHouseRules(),
        _ => throw new ArgumentException($"The SQL dialect {(int)dialect} is not one of duckdb, postgres, clickhouse.", nameof(dialect)),
    };

    /// <summary>A quoted identifier.</summary>
    public abstract string Identifier(string name);

    /// <summary>A quoted string literal.</summary>
    public abstract string Literal(string text);

    /// <summary>Text compared byte by byte, whatever the collation of the column or the session.</summary>
    public abstract string Bytewise(string expression);

    /// <summary>The instant of a timestamp as a whole number of <see cref="UnitsPerSecond"/>.</summary>
    public abstract string IntegerTime(string timestamp);

    /// <summary>How many units of <see cref="IntegerTime"/> make a second.</summary>
    public abstract long UnitsPerSecond { get; }

    /// <summary>How many ticks (100 ns, the in-memory engine's unit) make one unit of <see cref="IntegerTime"/>.</summary>
    public long TicksPerUnit => TimeSpan.TicksPerSecond / UnitsPerSecond;

    /// <summary>The sorted array of the time deltas <paramref name="units"/>, each as a double of ticks (an aggregate).</summary>
    public abstract string SortedTicks(string units);

    /// <summary>The number of rows, as a signed integer (an aggregate).</summary>
    public virtual string CountRows => "count(*)";

    /// <summary><paramref name="expression"/> as a double.</summary>
    public abstract string Float(string expression);

    /// <summary>The element of an array at a one-based integer index.</summary>
    public abstract string At(string array, string index);

    /// <summary>⌊<paramref name="expression"/>⌋ (a double) as an integer.</summary>
    public abstract string FloorInteger(string expression);

    /// <summary>⌊<paramref name="count"/> / 2⌋ of an integer.</summary>
    public abstract string Half(string count);

    /// <summary>
    /// The median in seconds of the sorted ticks <paramref name="sorted"/> (<paramref name="count"/> of them, at least one), with the in-memory
    /// engine's arithmetic (Folding/Median.cs): the middle value, or ((double)lower + upper) / 2, then divided by ticks per second.
    /// </summary>
    public string MedianSeconds(string sorted, string count) =>
        $"(CASE WHEN {count} % 2 = 1 THEN {At(sorted, Half(count) + " + 1")} ELSE ({At(sorted, Half(count))} + {At(sorted, Half(count) + " + 1")}) / {Float("2")} END) / {Float(TicksPerSecondText)}";

    /// <summary>
    /// The type 7 percentile at <paramref name="p"/> (a decimal literal such as <c>0.95</c>) in seconds of the sorted ticks
    /// <paramref name="sorted"/>, with the in-memory engine's double arithmetic, operation for operation (Folding/Percentiles.cs):
    /// h = (n − 1)·p, x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋), then divided by ticks per second. The engines' own functions
    /// (<c>quantile_cont</c>, <c>percentile_cont</c>) interpolate in another order and can differ in the last bit.
    /// </summary>
    public string PercentileSeconds(string sorted, string count, string p)
    {
        var h = $"({Float(count + " - 1")} * {Float(p)})";
        var index = $"({FloorInteger(h)} + 1)";
        var x0 = At(sorted, index);
        var x1 = $"(CASE WHEN {index} + 1 <= {count} THEN {At(sorted, index + " + 1")} ELSE {x0} END)";
        return $"({x0} + ({h} - floor({h})) * ({x1} - {x0})) / {Float(TicksPerSecondText)}";
    }

    /// <summary>The JSON text of a double (never null here), read back as the same double.</summary>
    public virtual string DoubleText(string expression) => NumberText(expression);

    /// <summary>
    /// Whether the doubles of the report are written as text together, once each, in the CTE of <see cref="DoubleTexts"/>
    /// (an array <c>a</c> of their texts) rather than each by <see cref="DoubleText"/> where it is used.
    /// </summary>
    public virtual bool WritesDoublesTogether => false;

    /// <summary>
    /// The body of a CTE of one row whose column <c>a</c> holds the JSON texts of <paramref name="values"/> (expressions over
    /// <paramref name="from"/>, each null or a double), in order, one-based.
    /// </summary>
    public virtual string DoubleTexts(IReadOnlyList<string> values, string from) =>
        throw new NotSupportedException("This dialect writes each double where it is used.");

    /// <summary>
    /// Whether the dialect folds each customer's events in one ordered pass (<see cref="WriteCustomerPass"/>) instead of a join per funnel
    /// step, a <c>count(DISTINCT …)</c> for the reach and <see cref="WritePaths"/>.
    /// </summary>
    public virtual bool FoldsCustomersInOnePass => false;

    /// <summary>
    /// The CTEs, after <c>k(cid, t, stage)</c>, of one ordered pass over each customer's events: <c>cu</c> (one row per customer),
    /// <c>reach(stage, n)</c>, the path CTEs ending in <c>pj(j)</c> as <see cref="WritePaths"/> does, and, when
    /// <paramref name="greedyFunnel"/> is given, <c>f0 … fm−1</c> of the chain without a window.
    /// </summary>
    public virtual void WriteCustomerPass(StringBuilder sql, Func<string, string> stageIdOf, int top, IReadOnlyList<int>? greedyFunnel) =>
        throw new NotSupportedException("This dialect folds customers with joins.");

    private static string TicksPerSecondText => TimeSpan.TicksPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/> of two counts, denominator not 0.</summary>
    public abstract string Ratio(string numerator, string denominator);

    /// <summary>The JSON text of a number (never null here).</summary>
    public abstract string NumberText(string expression);

    /// <summary>The text of a count.</summary>
    public abstract string CountText(string expression);

    /// <summary>The number of distinct values (an aggregate).</summary>
    public abstract string CountDistinct(string expression);

    /// <summary>Aggregates texts, in an order, joined with a separator.</summary>
    public abstract string OrderedJoin(string text, string separator, string orderBy);

    /// <summary>
    /// The CTEs, after <c>k(cid, t, stage)</c>, that end in <c>pj(j)</c>: one row whose <c>j</c> is the
    /// JSON objects of the top 10 paths joined with commas (null when there is no path).
    /// </summary>
    public virtual void WritePaths(StringBuilder sql, Func<string, string> stageIdOf, int top) =>
        throw new NotSupportedException("This dialect folds the paths in the customer pass.");

    /// <summary>Anything after the statement's last clause (ClickHouse <c>SETTINGS</c>).</summary>
    public virtual string Trailer => string.Empty;

    /// <summary>How a CTE is introduced; <paramref name="materialized"/>: computed once, though read several times (PostgreSQL says so).</summary>
    public virtual string Cte(string name, bool materialized) => $"{name} AS";
}

/// <summary>DuckDB: <c>'</c> doubled (backslash is plain), <c>"</c> doubled in names, microseconds, lists for percentiles.</summary>
internal sealed class DuckDbRules : SqlDialectRules
{
    public override long UnitsPerSecond => 1_000_000;

    public override string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public override string Bytewise(string expression) => $"({expression} COLLATE \"binary\")";

    public override string IntegerTime(string timestamp) => $"epoch_us({timestamp})";

    public override string SortedTicks(string units) => $"list_sort(list(CAST({units} AS DOUBLE) * CAST({TicksPerUnit} AS DOUBLE)))";

    public override string Float(string expression) => $"CAST({expression} AS DOUBLE)";

    public override string At(string array, string index) => $"{array}[{index}]";

    public override string FloorInteger(string expression) => $"CAST(floor({expression}) AS BIGINT)";

    public override string Half(string count) => $"({count} // 2)";

    public override string Ratio(string numerator, string denominator) => $"CAST({numerator} AS DOUBLE) / CAST({denominator} AS DOUBLE)";

    public override string NumberText(string expression) => $"CAST({expression} AS VARCHAR)";

    public override string CountText(string expression) => $"CAST({expression} AS VARCHAR)";

    public override string CountDistinct(string expression) => $"count(DISTINCT {expression})";

    public override string OrderedJoin(string text, string separator, string orderBy) => $"string_agg({text}, {separator} ORDER BY {orderBy})";

    // Lists, not ordered string aggregates: DuckDB sorts each group of an ordered aggregate apart, and three of
    // them per customer dominated the plan in a profile on a million events. Each customer's (time, stage) pairs are collected, sorted, and
    // consecutive repeats dropped; the ids are joined only for the distinct paths.
    public override void WritePaths(StringBuilder sql, Func<string, string> stageIdOf, int top)
    {
        var idOf = stageIdOf("x");
        sql.Append(",\npth AS (SELECT list_transform(list_sort(list({'t': t, 's': stage})), lambda x: x.s) AS seq FROM k GROUP BY cid)");
        sql.Append(",\npc AS (SELECT list_filter(seq, lambda x, i: i = 1 OR x <> seq[i - 1]) AS pk, count(*) AS n FROM pth GROUP BY pk)");
        sql.Append(",\ntop AS (SELECT array_to_string(list_transform(pk, lambda x: ").Append(idOf).Append("), '>') AS joined, ")
            .Append("array_to_string(list_transform(pk, lambda x: ").Append(idOf).Append("), ").Append(Literal("\",\"")).Append(") AS arr, n")
            .Append($" FROM pc ORDER BY n DESC, {Bytewise("joined")} LIMIT {top})");
        sql.Append(",\npj AS (SELECT ")
            .Append(OrderedJoin($"{Literal("{\"stageIds\":[\"")} || arr || {Literal("\"],\"customers\":")} || {CountText("n")} || '}}'", "','", $"n DESC, {Bytewise("joined")}"))
            .Append(" AS j FROM top)");
    }
}

/// <summary>
/// PostgreSQL: <c>E''</c> literals with backslash escapes (whatever <c>standard_conforming_strings</c> says),
/// <c>COLLATE "C"</c>, microseconds, and numbers written through <c>numeric</c> so that
/// <c>extra_float_digits</c> does not matter.
/// </summary>
internal sealed class PostgreSqlRules : SqlDialectRules
{
    public override long UnitsPerSecond => 1_000_000;

    public override string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override string Literal(string text) =>
        "E'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public override string Bytewise(string expression) => $"({expression} COLLATE \"C\")";

    public override string IntegerTime(string timestamp) => $"CAST(EXTRACT(EPOCH FROM {timestamp}) * 1000000 AS bigint)";

    public override string SortedTicks(string units) => $"array_agg(CAST({units} AS double precision) * CAST({TicksPerUnit} AS double precision) ORDER BY {units})";

    public override string Float(string expression) => $"CAST({expression} AS double precision)";

    public override string At(string array, string index) => $"{array}[CAST({index} AS int)]";

    public override string FloorInteger(string expression) => $"CAST(floor({expression}) AS bigint)";

    public override string Half(string count) => $"({count} / 2)";

    // float8's own text depends on extra_float_digits (and a cast to numeric keeps 15 digits), so a double is written as the
    // exact decimal of its bits: significand × 5^k with the point k digits from the right, where the value is significand / 2^k.
    // The values here are 0 or at least 1e-30 and below 2^52 (seconds, shares), so k is 0 to about 1100 and the double is normal.
    // All of them are written in one CTE, once each: as a scalar subquery per figure, the ~30 copies made the plan so large
    // that PostgreSQL's JIT spent about 40 s compiling it (default settings, 20,000 rows as much as 10 million).
    public override bool WritesDoublesTogether => true;

    public override string DoubleTexts(IReadOnlyList<string> values, string from) =>
        "(SELECT array_agg(CASE WHEN b = 0 THEN '0' WHEN k <= 0 THEN s ELSE rtrim(rtrim(left(z, -k) || '.' || right(z, k), '0'), '.') END ORDER BY i) AS a"
        + "\n FROM (SELECT i, b, k, s, repeat('0', greatest(k + 1 - length(s), 0)) || s AS z"
        + "\n FROM (SELECT i, b, k, CAST(trunc(CAST((b & 4503599627370495) + 4503599627370496 AS numeric) * power(CAST(5 AS numeric), greatest(k, 0))) AS text) AS s"
        + "\n FROM (SELECT i, b, CAST(1075 - ((b >> 52) & 2047) AS int) AS k"
        + "\n FROM (SELECT i, CAST(CAST(('x' || encode(float8send(x), 'hex')) AS bit(64)) AS bigint) AS b"
        + $"\n FROM {from}, unnest(ARRAY[{string.Join(", ", values.Select(Float))}]) WITH ORDINALITY AS u(x, i)) AS bits) AS parts) AS digits) AS padded)";

    public override string Ratio(string numerator, string denominator) => $"CAST({numerator} AS numeric(60,40)) / {denominator}";

    public override string NumberText(string expression) => $"CAST({expression} AS text)";

    public override string CountText(string expression) => $"CAST({expression} AS text)";

    public override string CountDistinct(string expression) => $"count(DISTINCT {expression})";

    public override string OrderedJoin(string text, string separator, string orderBy) => $"string_agg({text}, {separator} ORDER BY {orderBy})";

    public override string Cte(string name, bool materialized) => materialized ? $"{name} AS MATERIALIZED" : $"{name} AS";

    public override bool FoldsCustomersInOnePass => true;

    // One sort of the events by customer, time and stage, then two window levels over it with the same order, so PostgreSQL
    // sorts once: o0 (the stage where it differs from the previous event's), o1 (over each customer's whole partition: the row
    // number, the path key, t₀ = the earliest event of the first funnel stage and, per later funnel stage j, the times of its
    // events as an unordered array aⱼ), and cu, the first row of each customer (PostgreSQL 15 stops each partition there by
    // itself), where tⱼ = the earliest time in aⱼ at or after tⱼ₋₁. The reach and the path texts come from the distinct paths
    // (pc), not from the events: a customer reaches a stage when it is on their path. On 10 million events the query takes
    // 38.6–40.7 s; stacked window levels, one per tⱼ, took 68.6 s, and a join and a sort per funnel step 119 s (docs/warehouse.md).
    public override void WriteCustomerPass(StringBuilder sql, Func<string, string> stageIdOf, int top, IReadOnlyList<int>? greedyFunnel)
    {
        var funnel = greedyFunnel ?? [];
        const string order = "PARTITION BY cid ORDER BY t, stage";
        sql.Append(",\no0 AS (SELECT cid, t, stage, CASE WHEN stage IS DISTINCT FROM LAG(stage) OVER (").Append(order)
            .Append(") THEN CAST(stage AS text) END AS ps FROM k)");
        sql.Append(",\no1 AS (SELECT cid, row_number() OVER w AS rn, string_agg(ps, ',') OVER w AS pk");
        for (var j = 0; j < funnel.Count; j++)
        {
            sql.Append(",\n  ").Append(j == 0 ? "min(t)" : "array_agg(t)").Append(" FILTER (WHERE stage = ").Append(Int(funnel[j]))
                .Append(") OVER w AS ").Append(j == 0 ? "t0" : "a" + Int(j));
        }

        sql.Append("\n FROM o0 WINDOW w AS (").Append(order).Append(" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))");
        sql.Append(",\n").Append(Cte("cu", materialized: true)).Append(" (SELECT cid, pk");
        for (var j = 0; j < funnel.Count; j++)
        {
            sql.Append(j == 0 ? ", t0" : $", l{Int(j)}.t{Int(j)}");
        }

        sql.Append(" FROM o1");
        for (var j = 1; j < funnel.Count; j++)
        {
            var previous = j == 1 ? "t0" : $"l{Int(j - 1)}.t{Int(j - 1)}";
            sql.Append(",\n  LATERAL (SELECT min(x) AS t").Append(Int(j)).Append(" FROM unnest(a").Append(Int(j)).Append(") AS x WHERE x >= ")
                .Append(previous).Append(") AS l").Append(Int(j));
        }

        sql.Append("\n WHERE rn = 1)");
        for (var j = 0; j < funnel.Count; j++)
        {
            var t = "t" + Int(j);
            sql.Append(",\nf").Append(Int(j)).Append(" AS (SELECT cid, ").Append(t).Append(" AS t, ")
                .Append(j == 0 ? string.Empty : $"{t} - t{Int(j - 1)} AS d, ").Append("t0 AS s FROM cu WHERE ").Append(t).Append(" IS NOT NULL)");
        }

        const string stagesOfPath = "unnest(CAST(string_to_array(pk, ',') AS int[]))";
        sql.Append(",\n").Append(Cte("pc", materialized: true)).Append(" (SELECT pk, count(*) AS n FROM cu GROUP BY pk)");
        sql.Append(",\nreach AS (SELECT x AS stage, sum(n) AS n FROM (SELECT DISTINCT pk, n, x FROM pc, ").Append(stagesOfPath).Append(" AS u(x)) AS d GROUP BY x)");
        sql.Append(",\npn AS (SELECT n, joined, arr FROM pc, LATERAL (SELECT ").Append(OrderedJoin(stageIdOf("x"), "'>'", "i")).Append(" AS joined,\n  ")
            .Append(OrderedJoin(stageIdOf("x"), Literal("\",\""), "i")).Append(" AS arr FROM ").Append(stagesOfPath).Append(" WITH ORDINALITY AS u(x, i)) AS ids)");
        sql.Append(",\ntop AS (SELECT joined, arr, n FROM pn ORDER BY n DESC, ").Append(Bytewise("joined")).Append(" LIMIT ").Append(top).Append(')');
        sql.Append(",\npj AS (SELECT ")
            .Append(OrderedJoin($"{Literal("{\"stageIds\":[\"")} || arr || {Literal("\"],\"customers\":")} || {CountText("n")} || '}}'", "','", $"n DESC, {Bytewise("joined")}"))
            .Append(" AS j FROM top)");
    }

}

/// <summary>
/// ClickHouse: backslash escapes for quotes and backslashes in literals and in <c>`names`</c>, ticks of
/// 100 ns from <c>DateTime64</c>, arrays for percentiles and paths.
/// </summary>
internal sealed class ClickHouseRules : SqlDialectRules
{
    public override long UnitsPerSecond => 10_000_000;

    public override string Identifier(string name) => "`" + Escape(name).Replace("`", "\\`", StringComparison.Ordinal) + "`";

    public override string Literal(string text) => "'" + Escape(text).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public override string Bytewise(string expression) => expression;

    // toUnixTimestamp64Nano accepts only DateTime64, so a plain DateTime column is refused by the engine.
    public override string IntegerTime(string timestamp) => $"intDiv(toUnixTimestamp64Nano({timestamp}), 100)";

    public override string SortedTicks(string units) => $"arraySort(groupArray(toFloat64({units})))";

    public override string CountRows => "toInt64(count())";

    public override string Float(string expression) => $"toFloat64({expression})";

    public override string At(string array, string index) => $"arrayElement({array}, {index})";

    public override string FloorInteger(string expression) => $"toInt64(floor({expression}))";

    public override string Half(string count) => $"intDiv({count}, 2)";

    public override string Ratio(string numerator, string denominator) => $"toFloat64({numerator}) / toFloat64({denominator})";

    public override string NumberText(string expression) => $"toString({expression})";

    public override string CountText(string expression) => $"toString({expression})";

    public override string CountDistinct(string expression) => $"uniqExact({expression})";

    public override string OrderedJoin(string text, string separator, string orderBy) =>
        throw new NotSupportedException("ClickHouse paths are folded with arrays.");

    public override string Trailer => "\nSETTINGS join_use_nulls = 0, aggregate_functions_null_for_empty = 0";

    public override void WritePaths(StringBuilder sql, Func<string, string> stageIdOf, int top)
    {
        var idOf = stageIdOf("x.2");
        sql.Append(",\npth AS (SELECT cid, arraySort(groupArray((t, stage))) AS seq FROM k GROUP BY cid)");
        sql.Append(",\npf AS (SELECT arrayFilter((x, i) -> i = 1 OR x.2 != seq[i - 1].2, seq, arrayEnumerate(seq)) AS f FROM pth)");
        sql.Append(",\npc AS (SELECT arrayMap(x -> x.2, f) AS pk, arrayStringConcat(arrayMap(x -> ").Append(idOf).Append(", f), '>') AS joined, ")
            .Append("arrayStringConcat(arrayMap(x -> ").Append(idOf).Append(", f), ").Append(Literal("\",\"")).Append(") AS arr, count() AS n FROM pf GROUP BY pk, joined, arr)");
        sql.Append(",\ntop AS (SELECT joined, arr, n FROM pc ORDER BY n DESC, joined LIMIT ").Append(top).Append(')');
        sql.Append(",\npj AS (SELECT if(count() = 0, NULL, arrayStringConcat(arrayMap(x -> x.3, arraySort(x -> (-x.1, x.2), groupArray((toInt64(n), joined, ")
            .Append(Literal("{\"stageIds\":[\"")).Append(" || arr || ").Append(Literal("\"],\"customers\":")).Append(" || toString(n) || '}'")
            .Append(")))), ',')) AS j FROM top)");
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal);
}
