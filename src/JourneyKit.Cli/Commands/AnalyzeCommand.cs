using System.CommandLine;
using JourneyKit.Analytics;
using JourneyKit.Cli.Data;
using JourneyKit.Csv;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit analyze &lt;events.csv&gt; --map &lt;map.json&gt; [--format text|json] [--strict]</c>:
/// journey analytics from an event log; or, with <c>--connection &lt;string&gt; --provider duckdb|postgres
/// [--table T] [--columns …]</c> instead of the file, from an event table, by the generated SQL run in the database.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var events = new Argument<string?>("events")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The events CSV file (or none, with --connection) (RFC 4180, UTF-8): a header naming customerId, touchpointId and timestamp in any order (other columns are ignored), then one event per line with an ISO 8601 timestamp carrying an offset or Z.",
        };
        var map = new Option<string>("--map")
        {
            Description = "The journey map JSON file whose stages and touchpoints the events refer to.",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (default): the funnel as a table with bars, and the top paths; json: the analytics report.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict")
        {
            Description = "Exit 1 at the first malformed line or unknown touchpoint, naming it, instead of counting it.",
        };
        var window = new Option<string?>("--window")
        {
            Description = "Count a funnel step only within this time of the entry into the first funnel stage: a whole number with d, h, m or s (7d, 36h, 90m, 45s) or an ISO 8601 duration of weeks, days, hours, minutes and seconds (P7D, PT36H); longer than zero.",
        };
        var stages = new Option<string?>("--stages")
        {
            Description = "The funnel's stages, comma-separated, in funnel order (each a stage id of the map, at most once); default: every stage in map order. Leave a stage out to make it optional.",
        };
        var connection = new Option<string?>("--connection")
        {
            Description = "Instead of a CSV file: an ADO.NET connection string to the database holding the events (DuckDB: Data Source=FILE; PostgreSQL: Host=…;Database=…;Username=…). The analytics run there as one SQL query (see docs/warehouse.md).",
        };
        var provider = new Option<string?>("--provider") { Description = "With --connection: duckdb or postgres." };
        provider.AcceptOnlyFromAmong([.. WarehouseAnalysis.Providers.Keys]);
        var table = new Option<string?>("--table") { Description = "With --connection: the event table, NAME or SCHEMA.NAME (default: events)." };
        var columns = new Option<string?>("--columns") { Description = "With --connection: " + EventColumnsOption.Description };
        var command = new Command("analyze", "Analyse an event log against a journey map: reach, the ordered funnel with conversion and median time between stages, the top paths, the customer-initiated share, and counts of unknown touchpoints and malformed lines. The events come from a CSV file or, with --connection, from a table in DuckDB or PostgreSQL.")
        {
            events,
            map,
            format,
            strict,
            window,
            stages,
            connection,
            provider,
            table,
            columns,
        };
        command.SetAction(parse =>
        {
            var json = parse.GetValue(format) == "json";
            var connectionString = parse.GetValue(connection);
            var file = parse.GetValue(events);
            if (connectionString is null)
            {
                foreach (var (name, given) in new[] { ("--provider", parse.GetValue(provider)), ("--table", parse.GetValue(table)), ("--columns", parse.GetValue(columns)) })
                {
                    if (given is not null)
                    {
                        throw new CliException(ExitCodes.Unreadable, $"journeykit: {name} is for reading from a database; give --connection too, or leave {name} out to read the CSV file.");
                    }
                }

                return file is null
                    ? throw new CliException(ExitCodes.Unreadable, "journeykit: analyze needs the events: a CSV file, or --connection with --provider for a database table.")
                    : Run(context, file, parse.GetValue(map)!, json, parse.GetValue(strict), parse.GetValue(window), parse.GetValue(stages));
            }

            if (file is not null)
            {
                throw new CliException(ExitCodes.Unreadable, $"journeykit: give the events either as a CSV file (\"{file}\") or with --connection, not both.");
            }

            if (parse.GetValue(strict))
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit: --strict names a bad line of a CSV file; a database table has no lines, so leave --strict out with --connection.");
            }

            var providerName = parse.GetValue(provider)
                ?? throw new CliException(ExitCodes.Unreadable, "journeykit: --connection needs --provider duckdb or --provider postgres.");
            var options = SqlCommand.Options(parse.GetValue(window), parse.GetValue(stages));
            return RunDatabase(context, parse.GetValue(map)!, json, WarehouseAnalysis.Providers[providerName], connectionString, parse.GetValue(table) ?? JourneyAnalyticsSql.DefaultTable, EventColumnsOption.Parse(parse.GetValue(columns)), options);
        });
        return command;
    }

    private static int RunDatabase(CliContext context, string mapPath, bool json, SqlDialect dialect, string connectionString, string table, EventColumns columns, AnalyticsOptions options)
    {
        var journey = MapFile.Load(mapPath);
        var report = WarehouseAnalysis.Analyze(journey, mapPath, dialect, connectionString, table, columns, options);
        if (json)
        {
            context.Out.Write(AnalyticsReportJson.Write(report));
        }
        else
        {
            AnalyzeTextReport.Write(context.Out, journey, report, table);
        }

        return ExitCodes.Success;
    }

    private static int Run(CliContext context, string eventsPath, string mapPath, bool json, bool strict, string? windowText, string? stagesText)
    {
        var options = new AnalyticsOptions { StopAtFirstProblem = strict };
        if (windowText is not null)
        {
            options.Window = WindowOption.Parse(windowText);
        }

        if (stagesText is not null)
        {
            options.FunnelStageIds = stagesText.Split(',', StringSplitOptions.TrimEntries);
        }

        var journey = MapFile.Load(mapPath);
        try
        {
            _ = new JourneyAnalyticsAccumulator(journey, options);
        }
        catch (ArgumentException e) when (e.ParamName == "options")
        {
            throw new CliException(ExitCodes.Unreadable, $"--stages: {CliErrors.MessageOf(e)}");
        }
        catch (ArgumentException e) when (e.ParamName == "map")
        {
            throw new CliException(ExitCodes.Invalid, $"{mapPath}: {CliErrors.MessageOf(e)}");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(eventsPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (CliErrors.IsFileError(e))
        {
            throw CliErrors.CannotRead(eventsPath, e);
        }

        CsvAnalysisResult result;
        using (stream)
        using (var progress = new ProgressReporter(context.Error, eventsPath, stream.Length))
        {
            options.Progress = progress;
            try
            {
                result = new JourneyAnalyzer().AnalyzeCsv(journey, stream, options);
            }
            catch (JourneyCsvException e)
            {
                throw new CliException(ExitCodes.Unreadable, $"{eventsPath}: {e.Message}");
            }
            catch (ArgumentException e) when (e.ParamName == "map")
            {
                throw new CliException(ExitCodes.Invalid, $"{mapPath}: {CliErrors.MessageOf(e)}");
            }
            catch (IOException e)
            {
                throw CliErrors.CannotRead(eventsPath, e);
            }
        }

        if (strict && result.FirstProblem is { } problem)
        {
            throw new CliException(ExitCodes.Invalid, $"{eventsPath}:{problem.LineNumber}: {problem.Message}: {problem.Content}");
        }

        if (json)
        {
            context.Out.Write(AnalyticsReportJson.Write(result.Report));
        }
        else
        {
            AnalyzeTextReport.Write(context.Out, journey, result.Report, eventsPath);
        }

        return ExitCodes.Success;
    }
}
