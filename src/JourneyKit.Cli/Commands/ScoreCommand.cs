using System.CommandLine;
using JourneyKit.Scoring;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit score &lt;map.json&gt; [--format text|json|csv] [--top N] [--calculator KEY]…</c>: scores a map.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var map = new Argument<string>("map") { Description = "The journey map JSON file to score ('-' for standard input)." };
        var format = new Option<string>("--format")
        {
            Description = "text (default): a summary for people; json: the score report, version 1; csv: the touchpoint table (RFC 4180, safe to open in a spreadsheet).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var top = new Option<int>("--top")
        {
            Description = "How many pain points the text report lists, worst first (default 5).",
            DefaultValueFactory = _ => 5,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--top must be a whole number of at least 1.");
            }
        });
        var calculators = CalculatorOption.Create();
        var command = new Command("score", "Score a journey map: journey, persona and stage scores, survey figures with 95 % intervals, pain points, outcomes, value stream, KPIs, benchmarks, backlog and fired plays.")
        {
            map,
            format,
            top,
            calculators,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(map)!;
            var keys = CalculatorOption.Keys(parse, calculators);
            var journey = MapFile.Load(path, MapValidation.With(keys), context.Error);
            var report = MapScoring.Score(path, journey, keys);

            switch (parse.GetValue(format))
            {
                case "json":
                    context.Out.Write(ScoreReportJson.Write(report));
                    break;
                case "csv":
                    context.Out.Write(ScoreReportCsv.Write(journey, report));
                    break;
                default:
                    ScoreTextReport.Write(context.Out, journey, report, parse.GetValue(top));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
