using System.CommandLine;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>--calculator KEY</c>, repeatable, on <c>validate</c> and <c>score</c>: the keys of custom KPI
/// calculators a map may name (the CLI runs only the built-in ones; a KPI of a named custom calculator has no value).
/// </summary>
internal static class CalculatorOption
{
    public static Option<string[]> Create() => new("--calculator")
    {
        Description = "The key of a custom KPI calculator the map may name (repeatable). journeykit cannot run its code: such a KPI passes validation and has no value.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static IReadOnlyCollection<string> Keys(ParseResult parse, Option<string[]> option)
    {
        var keys = parse.GetValue(option) ?? [];
        foreach (var key in keys)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new CliException(ExitCodes.Unreadable, "journeykit: --calculator needs a key, such as --calculator churnRate; an empty key names no calculator.");
            }
        }

        return keys.Distinct(StringComparer.Ordinal).ToArray();
    }
}
