using System.CommandLine;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using JourneyKit.Rendering;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit analyze &lt;events.csv&gt; --map &lt;map.json&gt; [--format text|json|html] [--strict] [-o FILE]</c>:
/// journey analytics from an event log.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var events = new Argument<string>("events")
        {
            Description = "The events CSV file (RFC 4180, UTF-8): a header naming customerId, touchpointId and timestamp in any order (other columns are ignored), then one event per line with an ISO 8601 timestamp carrying an offset or Z.",
        };
        var map = new Option<string>("--map")
        {
            Description = "The journey map JSON file whose stages and touchpoints the events refer to.",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (default): the funnel as a table with bars, and the top paths; json: the analytics report; html: a self-contained page with the funnel, time-to-convert, breakdown and conversion-over-time charts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
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
        var command = new Command("analyze", "Analyse an event log against a journey map: reach, the ordered funnel with conversion and median time between stages, the top paths, the customer-initiated share, and counts of unknown touchpoints and malformed lines.")
        {
            events,
            map,
            format,
            strict,
            window,
            stages,
            output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(events)!, parse.GetValue(map)!, parse.GetValue(format)!, parse.GetValue(strict), parse.GetValue(window), parse.GetValue(stages), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string eventsPath, string mapPath, string format, bool strict, string? windowText, string? stagesText, string? outputPath)
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

        string text;
        switch (format)
        {
            case "json":
                text = AnalyticsReportJson.Write(result.Report);
                break;
            case "html":
                text = AnalyticsReportHtml.Write(journey, result.Report);
                break;
            default:
                var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = context.Out.NewLine };
                AnalyzeTextReport.Write(writer, journey, result.Report, eventsPath);
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
