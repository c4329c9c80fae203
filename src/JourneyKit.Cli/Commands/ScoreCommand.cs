using System.CommandLine;
using JourneyKit.Scoring;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit score &lt;map.json&gt; [--format text|json]</c>: scores a map.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var map = new Argument<string>("map") { Description = "The journey map JSON file to score." };
        var format = new Option<string>("--format")
        {
            Description = "text (default): a summary for people; json: the score report, version 1.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("score", "Score a journey map: journey, persona and stage scores, survey figures with 95 % intervals, pain points, outcomes, value stream, KPIs, benchmarks, backlog and fired plays.")
        {
            map,
            format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(map)!;
            var journey = MapFile.Load(path, context.Error);
            var report = MapScoring.Score(path, journey);

            if (parse.GetValue(format) == "json")
            {
                context.Out.Write(ScoreReportJson.Write(report));
            }
            else
            {
                ScoreTextReport.Write(context.Out, journey, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
