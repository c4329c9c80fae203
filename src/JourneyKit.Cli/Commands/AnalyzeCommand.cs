using System.CommandLine;
using JourneyKit.Analytics;
using JourneyKit.Cli.Data;
using JourneyKit.Csv;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit analyze &lt;events.csv&gt; --map &lt;map.json&gt; [--format text|json|html] [--strict] [--window W] [--stages a,b] [-o FILE]
/// [--breakdown COLUMN [--attribution first|last] [--breakdown-limit N]] [--cohorts day|week|month] [--customers-out FILE]</c>:
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
        var formatOption = new Option<string>("--format")
        {
            Description = "text (default): the funnel as a table with bars, and the top paths; json: the analytics report; html: a self-contained page with the funnel, time-to-convert, breakdown and conversion-over-time charts.",
            DefaultValueFactory = _ => "text",
        };
        formatOption.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (whole or not at all) instead of standard output." };
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
        var breakdown = new Option<string?>("--breakdown")
        {
            Description = "Split the funnel by the value of this extra column of the events (matched ignoring case, like the header) on each customer's first event on a touchpoint of the map (see --attribution); each group is compared with all other customers (pooled two-proportion z-test, Holm-adjusted).",
        };
        var attribution = new Option<string?>("--attribution")
        {
            Description = "With --breakdown: first (default) or last — which of a customer's events, in (time, stage in map order, input order) order, gives their value.",
        };
        var breakdownLimit = new Option<string?>("--breakdown-limit")
        {
            Description = "With --breakdown: keep the N largest groups (default 50) and merge all the others into one group 'other', listed last.",
        };
        var cohorts = new Option<string?>("--cohorts")
        {
            Description = "Conversion over time: group customers by the UTC day, week (ISO, starting Monday) or month of their entry into the first funnel stage: day, week or month.",
        };
        var customersOut = new Option<string?>("--customers-out")
        {
            Description = "Also write one CSV line per customer to this file (customerId,depth,lastStageId,entry,group; ordered by id; cells spreadsheet-safe), whole or not at all: the list a team retargets.",
        };
        var maxLineBytes = LineLimitOption.Create();
        var maxPeriods = MonitorCommand.MaxPeriodsOption("With --cohorts, of a CSV file: the most periods the cohorts may cover, from the first entry's period to the last's");
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
            formatOption,
            strict,
            window,
            stages,
            breakdown,
            attribution,
            breakdownLimit,
            cohorts,
            customersOut,
            output,
            maxLineBytes,
            maxPeriods,
            connection,
            provider,
            table,
            columns,
        };
        command.SetAction(parse =>
        {
            var format = parse.GetValue(formatOption)!;
            var extras = new Extras(parse.GetValue(breakdown), parse.GetValue(attribution), parse.GetValue(breakdownLimit), parse.GetValue(cohorts), parse.GetValue(customersOut));
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
                    : Run(context, file, parse.GetValue(map)!, format, parse.GetValue(strict), parse.GetValue(window), parse.GetValue(stages), extras, parse.GetValue(output), LineLimitOption.Parse(parse.GetValue(maxLineBytes)), MonitorCommand.MaxPeriods(parse.GetValue(maxPeriods)));
            }

            if (file is not null)
            {
                throw new CliException(ExitCodes.Unreadable, $"journeykit: give the events either as a CSV file (\"{file}\") or with --connection, not both.");
            }

            if (parse.GetValue(strict))
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit: --strict names a bad line of a CSV file; a database table has no lines, so leave --strict out with --connection.");
            }

            if (parse.GetValue(maxLineBytes) is not null)
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit: --max-line-bytes limits a line of a CSV file; a database table has no lines, so leave --max-line-bytes out with --connection.");
            }

            if (parse.GetValue(maxPeriods) is not null)
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit: --max-periods limits the cohorts computed from a CSV file; the database computes every period, so leave --max-periods out with --connection.");
            }

            var providerName = parse.GetValue(provider)
                ?? throw new CliException(ExitCodes.Unreadable, "journeykit: --connection needs --provider duckdb or --provider postgres.");
            if (extras.CustomersOut is not null)
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit: --customers-out lists the customers of a CSV file; with --connection, select them in the database, or leave --customers-out out.");
            }

            var options = SqlCommand.Options(parse.GetValue(window), parse.GetValue(stages));
            ApplyExtras(options, extras);
            return RunDatabase(context, parse.GetValue(map)!, format, parse.GetValue(output), WarehouseAnalysis.Providers[providerName], connectionString, parse.GetValue(table) ?? JourneyAnalyticsSql.DefaultTable, EventColumnsOption.Parse(parse.GetValue(columns)), options);
        });
        return command;
    }

    private static int RunDatabase(CliContext context, string mapPath, string format, string? outputPath, SqlDialect dialect, string connectionString, string table, EventColumns columns, AnalyticsOptions options)
    {
        var journey = MapFile.Load(mapPath);
        var report = WarehouseAnalysis.Analyze(journey, mapPath, dialect, connectionString, table, columns, options);
        return WriteReport(context, journey, report, table, format, outputPath);
    }

    /// <summary>The version 2 flags beyond the funnel: breakdown, cohorts and the customers-out file, as typed.</summary>
    private sealed record Extras(string? Breakdown, string? Attribution, string? Limit, string? Cohorts, string? CustomersOut);

    private static void ApplyExtras(AnalyticsOptions options, Extras extras)
    {
        if (extras.Breakdown is { } column)
        {
            if (column.Trim().Length == 0)
            {
                throw new CliException(ExitCodes.Unreadable, "--breakdown: the column name is empty; name one of the events' columns, such as --breakdown segment.");
            }

            options.Breakdown = column.Trim();
        }
        else if (extras.Attribution is not null || extras.Limit is not null)
        {
            throw new CliException(ExitCodes.Unreadable, $"{(extras.Attribution is not null ? "--attribution" : "--breakdown-limit")}: it applies to a breakdown only; add --breakdown COLUMN.");
        }

        if (extras.Attribution is { } attribution)
        {
            options.Attribution = attribution.Trim() switch
            {
                "first" => BreakdownAttribution.First,
                "last" => BreakdownAttribution.Last,
                _ => throw new CliException(ExitCodes.Unreadable, $"--attribution: '{attribution}' is not an attribution; give first or last."),
            };
        }

        if (extras.Limit is { } limit)
        {
            if (!int.TryParse(limit.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw new CliException(ExitCodes.Unreadable, $"--breakdown-limit: '{limit}' is not a number of groups; give a whole number of 1 or more, such as 50.");
            }

            options.BreakdownLimit = n;
        }

        if (extras.Cohorts is { } cohorts)
        {
            options.CohortPeriod = cohorts.Trim() switch
            {
                "day" => CohortPeriod.Day,
                "week" => CohortPeriod.Week,
                "month" => CohortPeriod.Month,
                _ => throw new CliException(ExitCodes.Unreadable, $"--cohorts: '{cohorts}' is not a period; give day, week or month."),
            };
        }

        if (extras.CustomersOut is { } path)
        {
            string? folder;
            try
            {
                folder = Path.GetDirectoryName(Path.GetFullPath(path));
            }
            catch (Exception e) when (CliErrors.IsFileError(e))
            {
                throw CliErrors.CannotWrite(path, e);
            }

            if (path.Length == 0 || Directory.Exists(path) || (folder is not null && !Directory.Exists(folder)))
            {
                throw new CliException(
                    ExitCodes.Unreadable,
                    Directory.Exists(path) && path.Length > 0
                        ? $"--customers-out: '{path}' is a folder; give the path of a file to write."
                        : $"--customers-out: the folder '{folder}' does not exist; give a file in an existing folder.");
            }

            options.CollectCustomers = true;
        }
    }

    private static int Run(CliContext context, string eventsPath, string mapPath, string format, bool strict, string? windowText, string? stagesText, Extras extras, string? outputPath, int maxLineBytes, int maxPeriods)
    {
        var options = new AnalyticsOptions { StopAtFirstProblem = strict, MaxLineBytes = maxLineBytes, MaxCohortPeriods = maxPeriods };
        ApplyExtras(options, extras);
        if (windowText is not null)
        {
            options.Window = WindowOption.Parse(windowText);
        }

        if (stagesText is not null)
        {
            options.FunnelStageIds = stagesText.Split(',', StringSplitOptions.TrimEntries);
        }

        CsvFile.RefuseBothFromStandardInput(mapPath, eventsPath, "events");
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

        CsvAnalysisResult result;
        using (var stream = CsvFile.Open(eventsPath, out var length))
        using (var progress = new ProgressReporter(context.Error, "analyze", eventsPath, length))
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
            catch (PeriodLimitException e)
            {
                throw new CliException(ExitCodes.Unreadable, CliErrors.PeriodLimit(eventsPath, e, "cohorts", "choose a longer --cohorts period or raise --max-periods", PeriodLimitException.LargestMaxPeriods));
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

        CliErrors.WarnMalformed(context.Error, eventsPath, result.FirstMalformedLines, result.Report.MalformedLines);

        if (extras.CustomersOut is { } customersOut)
        {
            // Before the report: a file that cannot be written stops the command with nothing printed.
            AtomicFile.WriteAllText(customersOut, CustomerFunnelCsv.Write(result.Accumulator.CustomerFunnels()));
        }

        return WriteReport(context, journey, result.Report, eventsPath, format, outputPath);
    }

    private static int WriteReport(CliContext context, JourneyMap journey, JourneyAnalyticsReport report, string source, string format, string? outputPath)
    {
        string text;
        switch (format)
        {
            case "json":
                text = AnalyticsReportJson.Write(report);
                break;
            case "html":
                text = AnalyticsReportHtml.Write(journey, report);
                break;
            default:
                var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = context.Out.NewLine };
                AnalyzeTextReport.Write(writer, journey, report, source);
                text = writer.ToString();
                break;
        }

        if (outputPath is not null)
        {
            AtomicFile.WriteAllText(outputPath, text);
        }
        else
        {
            context.Out.Write(text);
        }

        return ExitCodes.Success;
    }
}
