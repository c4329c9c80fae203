using System.CommandLine;
using JourneyKit.Monitoring;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit tally &lt;answers.csv&gt; --map &lt;map.json&gt; [--since T] [--until T] [--add] [--strict] -o &lt;map.json&gt;</c>:
/// the map with its touchpoints' survey counts replaced (or increased) by the answers' counts.
/// </summary>
internal static class TallyCommand
{
    public static Command Create(CliContext context)
    {
        var answers = MonitorCommand.AnswersArgument();
        var map = MonitorCommand.MapOption();
        var since = MonitorCommand.SinceOption();
        var until = MonitorCommand.UntilOption();
        var add = new Option<bool>("--add") { Description = "Add the answers' counts to the map's counts instead of replacing them." };
        var strict = MonitorCommand.StrictOption();
        var output = new Option<string>("--output", "-o") { Description = "The map file to write (whole or not at all; it may be the --map file).", Required = true };
        var maxLineBytes = LineLimitOption.Create();
        var command = new Command("tally", "Fold survey answers into a map: every touchpoint's responses counts (nps, csat, ces) that have answers in the range are replaced by, or with --add increased by, the answers' counts; nothing else in the map changes.")
        {
            answers, map, since, until, add, strict, output, maxLineBytes,
        };
        command.SetAction(parse =>
        {
            var options = new MonitoringOptions
            {
                Since = MonitorCommand.Instant("--since", parse.GetValue(since)),
                Until = MonitorCommand.Instant("--until", parse.GetValue(until)),
                Strict = parse.GetValue(strict),
                MaxLineBytes = LineLimitOption.Parse(parse.GetValue(maxLineBytes)),
            };
            var mapPath = parse.GetValue(map)!;
            var answersPath = parse.GetValue(answers)!;
            CsvFile.RefuseBothFromStandardInput(mapPath, answersPath, "answers");
            var journey = MapFile.Load(mapPath);
            var accumulator = MonitorCommand.Read(context, "tally", answersPath, journey, options);
            Model.JourneyMap tallied;
            try
            {
                tallied = MonitoringTally.Apply(journey, accumulator, parse.GetValue(add));
            }
            catch (ArgumentException e)
            {
                throw new CliException(ExitCodes.Invalid, $"{mapPath}: {CliErrors.MessageOf(e)}");
            }
            AtomicFile.WriteAllText(parse.GetValue(output)!, new JourneySerializer().Write(tallied));
            return ExitCodes.Success;
        });
        return command;
    }
}
