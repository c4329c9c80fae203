using System.CommandLine;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// <c>journeykit validate &lt;map.json&gt;… [--calculator KEY]…</c>: reads and checks maps. Exit 0 when every
/// map is valid (warnings allowed), otherwise the worst: 1 when one is invalid, 2 when one is unreadable;
/// every error and warning on standard error, one line each, every file checked.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var maps = new Argument<string[]>("map")
        {
            Description = "The journey map JSON files to check ('-' for standard input).",
            Arity = ArgumentArity.OneOrMore,
        };
        // Files are many, so an option this command lacks (validate m.json --format json) would be taken as a file
        // name: a token that looks like an option is refused as one ('-' alone is standard input; ./-x names a file).
        maps.Validators.Add(static result =>
        {
            foreach (var token in result.Tokens.Where(static t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"'{token.Value}' is not an option of this command.");
            }
        });
        var calculators = CalculatorOption.Create();
        var command = new Command("validate", "Check journey maps: exit 0 when every map is valid (warnings allowed), else the worst of 1 (invalid: every error with its JSON path) and 2 (unreadable).")
        {
            maps,
            calculators,
        };
        command.SetAction(parse =>
        {
            var validator = MapValidation.With(CalculatorOption.Keys(parse, calculators));
            var worst = ExitCodes.Success;
            foreach (var path in parse.GetValue(maps)!)
            {
                worst = Math.Max(worst, ValidateOne(context, path, validator));
            }

            return worst;
        });
        return command;
    }

    private static int ValidateOne(CliContext context, string path, Validation.IJourneyValidator validator)
    {
        Validation.ValidationReport report;
        try
        {
            report = validator.Validate(MapFile.Read(path));
        }
        catch (CliException e)
        {
            foreach (var line in e.Lines)
            {
                context.Error.WriteLine(line);
            }

            return e.ExitCode;
        }

        foreach (var issue in report.Issues)
        {
            context.Error.WriteLine(MapValidation.Line(path, issue));
        }

        if (!report.IsValid)
        {
            return ExitCodes.Invalid;
        }

        context.Out.WriteLine(report.Warnings.Count switch
        {
            0 => $"{path}: valid",
            1 => $"{path}: valid, with 1 warning",
            var n => $"{path}: valid, with {n} warnings",
        });
        return ExitCodes.Success;
    }
}
