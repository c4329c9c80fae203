using System.CommandLine;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Commands;

/// <summary><c>journeykit diff &lt;before.json&gt; &lt;after.json&gt; [--format text|json]</c>: compares two maps.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("before") { Description = "The earlier map, or the current state." };
        var after = new Argument<string>("after") { Description = "The later map, or the future state." };
        var format = new Option<string>("--format")
        {
            Description = "text (default): the verdict first, then the details; json: the diff report.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "Compare two journey maps: what was added, removed, moved and changed, how every score, survey figure, value-stream figure and KPI moved, and which survey changes are significant at 95 %.")
        {
            before,
            after,
            format,
        };
        command.SetAction(parse =>
        {
            var beforePath = parse.GetValue(before)!;
            var afterPath = parse.GetValue(after)!;
            var (beforeMap, afterMap) = LoadBoth(beforePath, afterPath);
            IJourneyComparer comparer = new JourneyComparer(new MapScoring((beforePath, beforeMap), (afterPath, afterMap)));
            JourneyDiffReport report;
            try
            {
                report = comparer.Compare(beforeMap, afterMap);
            }
            catch (InvalidOperationException e)
            {
                throw CliErrors.CannotCompare(beforePath, afterPath, e);
            }

            if (parse.GetValue(format) == "json")
            {
                context.Out.Write(DiffReportJson.Write(report));
            }
            else
            {
                DiffTextReport.Write(context.Out, beforePath, beforeMap, afterPath, afterMap, report);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads and validates both files before anything else, so the errors of both are reported, each naming its file.</summary>
    private static (JourneyMap Before, JourneyMap After) LoadBoth(string beforePath, string afterPath)
    {
        var failures = new List<CliException>();
        var beforeMap = TryLoad(beforePath, failures);
        var afterMap = TryLoad(afterPath, failures);
        if (failures.Count > 0)
        {
            // Unreadable (2) outranks invalid (1).
            throw new CliException(failures.Max(f => f.ExitCode), string.Join(Environment.NewLine, failures.Select(f => f.Message)));
        }

        return (beforeMap!, afterMap!);
    }

    private static JourneyMap? TryLoad(string path, List<CliException> failures)
    {
        try
        {
            return MapFile.Load(path);
        }
        catch (CliException e)
        {
            failures.Add(e);
            return null;
        }
    }
}
