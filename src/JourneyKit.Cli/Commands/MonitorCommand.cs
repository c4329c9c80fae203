using System.CommandLine;
using System.Globalization;
using System.Text;
using JourneyKit.Csv;
using JourneyKit.Model;
using JourneyKit.Monitoring;
using JourneyKit.Rendering;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit monitor &lt;answers.csv&gt; --map &lt;map.json&gt; [--period day|week|month] [--since T] [--until T] [--format text|json|html] [--strict] [-o FILE]</c>:
/// survey figures per period, changes, trends, alerts and fired plays.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create(CliContext context)
    {
        var answers = AnswersArgument();
        var map = MapOption();
        var period = new Option<string>("--period") { Description = "day, week (default; ISO weeks, Monday 00:00 UTC) or month, all in UTC.", DefaultValueFactory = _ => "week" };
        period.AcceptOnlyFromAmong("day", "week", "month");
        var since = SinceOption();
        var until = UntilOption();
        var format = new Option<string>("--format") { Description = "text (default): alerts and fired plays, then a table per scope; json: the monitoring report; html: a self-contained page with the alerts on top and a small line chart per series.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var strict = StrictOption();
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (whole or not at all) instead of standard output." };
        var maxLineBytes = LineLimitOption.Create();
        var maxPeriods = MaxPeriodsOption("The most periods a report may cover, from the first answer's period to the last's");
        var command = new Command("monitor", "Monitor survey answers over time: NPS, CSAT and CES per touchpoint, stage and journey per period, with intervals, the change between the last two periods (Holm-adjusted across series), the trend, alerts and the plays that fire on the last period.")
        {
            answers, map, period, since, until, format, strict, output, maxLineBytes, maxPeriods,
        };
        command.SetAction(parse =>
        {
            var options = new MonitoringOptions
            {
                Period = parse.GetValue(period) switch { "day" => MonitoringPeriod.Day, "month" => MonitoringPeriod.Month, _ => MonitoringPeriod.Week },
                Since = Instant("--since", parse.GetValue(since)),
                Until = Instant("--until", parse.GetValue(until)),
                Strict = parse.GetValue(strict),
                MaxLineBytes = LineLimitOption.Parse(parse.GetValue(maxLineBytes)),
                MaxPeriods = MaxPeriods(parse.GetValue(maxPeriods)),
            };
            var answersPath = parse.GetValue(answers)!;
            CsvFile.RefuseBothFromStandardInput(parse.GetValue(map)!, answersPath, "answers");
            var journey = MapFile.Load(parse.GetValue(map)!);
            MonitoringReport report;
            try
            {
                report = Read(context, "monitor", answersPath, journey, options).ToReport();
            }
            catch (PeriodLimitException e)
            {
                throw new CliException(ExitCodes.Unreadable, CliErrors.PeriodLimit(answersPath, e, "answers", "bound the range with --since and --until, choose a longer --period, or raise --max-periods", MonitoringOptions.LargestMaxPeriods));
            }
            var text = parse.GetValue(format) switch
            {
                "json" => MonitoringReportJson.Write(report),
                "html" => MonitoringReportHtml.Write(journey, report),
                _ => MonitorTextReport.Write(report, answersPath),
            };
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllText(path, text);
            }
            else
            {
                context.Out.Write(text);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Argument<string> AnswersArgument() => new("answers")
    {
        Description = "The answers CSV file (RFC 4180, UTF-8): a header naming timestamp, touchpointId, metric and rating in any order (other columns are ignored); metric nps (0..10), csat (1..5) or ces (1..7); an ISO 8601 timestamp with an offset or Z.",
    };

    /// <summary>The value of <c>--max-periods</c> (monitor, analyze): a whole number from 1 to the largest limit.</summary>
    internal static int MaxPeriods(string? text)
    {
        if (text is null)
        {
            return MonitoringOptions.DefaultMaxPeriods;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MonitoringOptions.LargestMaxPeriods
            ? n
            : throw new CliException(ExitCodes.Unreadable, string.Create(CultureInfo.InvariantCulture, $"--max-periods: '{text}' is not a number of periods; give a whole number from 1 to {MonitoringOptions.LargestMaxPeriods}, such as {MonitoringOptions.DefaultMaxPeriods}."));
    }

    /// <summary><c>--max-periods</c>, described by what it limits.</summary>
    internal static Option<string?> MaxPeriodsOption(string what) => new("--max-periods")
    {
        Description = $"{what} (default {MonitoringOptions.DefaultMaxPeriods}, at most {MonitoringOptions.LargestMaxPeriods}); a span of more is refused.",
    };

    internal static Option<string> MapOption() => new("--map") { Description = "The journey map JSON file whose touchpoints the answers are about.", Required = true };

    internal static Option<string?> SinceOption() => new("--since") { Description = "Count answers at or after this date (UTC midnight) or date-time with offset." };

    internal static Option<string?> UntilOption() => new("--until") { Description = "Count answers before this date (UTC midnight) or date-time with offset (exclusive)." };

    internal static Option<bool> StrictOption() => new("--strict") { Description = "Exit 1 at the first malformed line or answer on a touchpoint not in the map, naming it, instead of counting it." };

    internal static DateTimeOffset? Instant(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var dateTime) && dateTime.Kind != DateTimeKind.Unspecified
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }
        throw new CliException(ExitCodes.Unreadable, $"{option} '{text}' is not a date (2026-01-31) or an ISO 8601 date-time with an offset or Z (2026-01-31T12:00:00Z).");
    }

    internal static MonitoringAccumulator Read(CliContext context, string command, string answersPath, JourneyMap journey, MonitoringOptions options)
    {
        MonitoringAccumulator accumulator;
        using (var stream = CsvFile.Open(answersPath, out var length))
        using (var progress = new ProgressReporter(context.Error, command, answersPath, length))
        {
            try
            {
                accumulator = SurveyMonitor.ReadCsv(journey, stream, options, progress);
            }
            catch (JourneyCsvException e)
            {
                throw new CliException(ExitCodes.Unreadable, $"{answersPath}: {e.Message}");
            }
            catch (IOException e)
            {
                throw CliErrors.CannotRead(answersPath, e);
            }
        }

        if (options.Strict && accumulator.FirstProblem is { } problem)
        {
            throw new CliException(ExitCodes.Invalid, $"{answersPath}:{problem.LineNumber}: {problem.Message}: {problem.Content}");
        }

        CliErrors.WarnMalformed(context.Error, answersPath, accumulator.FirstMalformedLines, accumulator.MalformedLines);
        return accumulator;
    }
}

/// <summary>The text form of a monitoring report: counts, alerts and fired plays first, then a table per scope.</summary>
internal static class MonitorTextReport
{
    public static string Write(MonitoringReport report, string source)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{source}: map '{report.MapId}', by {Name(report.Period)}: {Count(report.Answers, "answer")}, {Count(report.MalformedLines, "malformed line")}, {Count(report.UnknownTouchpointAnswers, "answer")} on touchpoints not in the map\n");
        text.Append(CultureInfo.InvariantCulture, $"\nAlerts:{(report.Alerts.Count == 0 ? " none" : string.Empty)}\n");
        foreach (var alert in report.Alerts)
        {
            var kind = alert.Kind == MonitoringAlertKind.SignificantWorsening ? "significant worsening" : "small sample (fewer than 30 answers in the last period)";
            text.Append(CultureInfo.InvariantCulture, $"  {(alert.Id is null ? "journey" : $"{Scope(alert.Scope)} {alert.Id}")} {Metric(alert.Metric)}: {kind}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"Fired plays:{(report.FiredPlays.Count == 0 ? " none" : string.Empty)}\n");
        foreach (var play in report.FiredPlays)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {play.PlaybookId}/{play.PlayId} (value {TextNumber.Fine(play.Value)})\n");
        }

        foreach (var scope in new[] { MonitoringScope.Touchpoint, MonitoringScope.Stage, MonitoringScope.Journey })
        {
            var series = report.Series.Where(s => s.Scope == scope).ToList();
            if (series.Count == 0)
            {
                continue;
            }
            var starts = series.SelectMany(s => s.Points.Select(p => p.Start)).Distinct().Order().ToList();
            string[] header = [Scope(scope), "metric", .. starts.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "change", "trend"];
            var right = header.Select((_, i) => i >= 2).ToArray();
            var rows = series.Select(s =>
            {
                var byStart = s.Points.ToDictionary(p => p.Start);
                string change = s.Change is { } c
                    ? $"{TextNumber.Delta(c.Difference, Decimals(s.Metric))} {Direction(c.Direction)}{(c.Significant ? " (significant)" : string.Empty)}"
                    : "-";
                string trend = s.Trend.SlopePerPeriod is { } slope ? $"{TextNumber.Delta(slope, Decimals(s.Metric))}/{Name(report.Period)} {TrendName(s.Trend.Direction)}" : TrendName(s.Trend.Direction);
                return (string[])[s.Id ?? "(journey)", Metric(s.Metric),
                    .. starts.Select(d => byStart.TryGetValue(d, out var p) && p.Value is { } v ? $"{TextNumber.Number(v, Decimals(s.Metric))} (n={p.N})" : "-"),
                    change, trend];
            });
            text.Append('\n');
            TextTable.Write(text, header, right, rows);
        }
        return text.ToString();
    }

    // Figures by the one rule of every report (TextNumber over ReportText), the decimals the HTML monitoring report gives
    // the same figure: NPS and CSAT one, CES two; trailing zeros dropped, the ASCII minus, never -0.
    private static int Decimals(SurveyMetric metric) => metric == SurveyMetric.Ces ? TextNumber.FineDecimals : TextNumber.ScoreDecimals;

    private static string Name(MonitoringPeriod period) => period.ToString().ToLowerInvariant();

    private static string Scope(MonitoringScope scope) => scope.ToString().ToLowerInvariant();

    private static string Metric(SurveyMetric metric) => metric.ToString().ToLowerInvariant();

    private static string Direction(MonitoringChangeDirection direction) => direction.ToString().ToLowerInvariant();

    private static string TrendName(MonitoringTrendDirection direction) => direction.ToString().ToLowerInvariant();

    private static string Count(long n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
