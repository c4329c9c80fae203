using System.CommandLine;
using JourneyKit.Analytics;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit sql --map &lt;map.json&gt; --dialect duckdb|postgres|clickhouse [--table T] [--columns …] [--window W] [--stages a,b]</c>:
/// prints the one SQL query whose single row and column <c>report</c> is the analytics report as JSON.
/// </summary>
internal static class SqlCommand
{
    /// <summary>The dialects by their command-line names.</summary>
    public static readonly IReadOnlyDictionary<string, SqlDialect> Dialects = new Dictionary<string, SqlDialect>(StringComparer.Ordinal)
    {
        ["duckdb"] = SqlDialect.DuckDb,
        ["postgres"] = SqlDialect.PostgreSql,
        ["clickhouse"] = SqlDialect.ClickHouse,
    };

    public static Command Create(CliContext context)
    {
        var map = new Option<string>("--map")
        {
            Description = "The journey map JSON file whose stages and touchpoints the events refer to.",
            Required = true,
        };
        var dialect = new Option<string>("--dialect")
        {
            Description = "The engine that runs the query: duckdb, postgres or clickhouse.",
            Required = true,
        };
        dialect.AcceptOnlyFromAmong([.. Dialects.Keys]);
        var table = new Option<string>("--table")
        {
            Description = "The event table: NAME or SCHEMA.NAME (each part quoted for the dialect).",
            DefaultValueFactory = _ => JourneyAnalyticsSql.DefaultTable,
        };
        var columns = new Option<string?>("--columns") { Description = EventColumnsOption.Description };
        var window = new Option<string?>("--window") { Description = "The conversion window, as for analyze (7d, 36h, 90m, 45s, P7D): the query computes it as analyze does (see docs/warehouse.md)." };
        var stages = new Option<string?>("--stages") { Description = "The funnel's stages, comma-separated, in funnel order, as for analyze: the query computes them as analyze does (see docs/warehouse.md)." };
        var command = new Command("sql", "Print one SQL query for DuckDB, PostgreSQL or ClickHouse whose single row and column 'report' is the analytics report as JSON, computed where the events live (see docs/warehouse.md).")
        {
            map,
            dialect,
            table,
            columns,
            window,
            stages,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(map)!,
            Dialects[parse.GetValue(dialect)!],
            parse.GetValue(table)!,
            EventColumnsOption.Parse(parse.GetValue(columns)),
            Options(parse.GetValue(window), parse.GetValue(stages))));
        return command;
    }

    /// <summary>The analytics options of <c>--window</c> and <c>--stages</c>, as <c>analyze</c> reads them (a bad window is refused here).</summary>
    public static AnalyticsOptions Options(string? windowText, string? stagesText) => new()
    {
        Window = windowText is null ? null : WindowOption.Parse(windowText),
        FunnelStageIds = stagesText?.Split(',', StringSplitOptions.TrimEntries),
    };

    private static int Run(CliContext context, string mapPath, SqlDialect dialect, string table, EventColumns columns, AnalyticsOptions options)
    {
        var journey = MapFile.Load(mapPath);
        context.Out.Write(Generate(journey, mapPath, dialect, table, columns, options));
        return ExitCodes.Success;
    }

    /// <summary>The query, with the generator's refusals as one line and an exit code.</summary>
    public static string Generate(Model.JourneyMap journey, string mapPath, SqlDialect dialect, string table, EventColumns columns, AnalyticsOptions options)
    {
        try
        {
            return JourneyAnalyticsSql.Generate(journey, dialect, table, columns, options);
        }
        catch (ArgumentException e) when (e.ParamName == "options")
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: {Sentence(e)}");
        }
        catch (ArgumentException e) when (e.ParamName == "map")
        {
            throw new CliException(ExitCodes.Invalid, $"{mapPath}: {Sentence(e)}");
        }
        catch (ArgumentException e) when (e.ParamName is "table" or "columns")
        {
            throw new CliException(ExitCodes.Unreadable, $"journeykit: --{e.ParamName}: {Sentence(e)}");
        }
    }

    /// <summary>The message without the " (Parameter 'x')" that <see cref="ArgumentException"/> appends.</summary>
    private static string Sentence(ArgumentException e)
    {
        var message = e.Message;
        var suffix = $" (Parameter '{e.ParamName}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
