using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using JourneyKit.Cli.Commands;

namespace JourneyKit.Cli;

/// <summary>The <c>journeykit</c> command line, runnable in process (the tests do) or from <c>Program</c>.</summary>
public static class JourneyKitCli
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where output goes.</param>
    /// <param name="stderr">Where diagnostics go: one clear line per problem.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr);
        var root = CreateRootCommand(context);
        var parsed = root.Parse(args);
        var mapLimit = root.Options.OfType<Option<string?>>().Single(static o => o.Name == "--max-map-bytes");
        if (parsed.Errors.Count > 0)
        {
            foreach (var line in UsageErrors(root, parsed))
            {
                stderr.WriteLine(line);
            }

            return ExitCodes.Unreadable;
        }

        try
        {
            using var limit = MapFile.WithMaxDocumentBytes(MapLimitOption.Parse(parsed.GetValue(mapLimit)));
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            foreach (var line in e.Lines)
            {
                stderr.WriteLine(line);
            }

            return e.ExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"journeykit: internal error ({e.GetType().Name}: {e.Message}); please report it with the command that caused it.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Builds the root command with every subcommand.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The root command.</returns>
    /// <remarks>
    /// A plain <see cref="Command"/> named <c>journeykit</c> with the help and version options, not a
    /// <see cref="RootCommand"/>: a root command takes its name, which help prints in every usage line,
    /// from the entry assembly (<c>JourneyKit.Cli</c>; the assembly cannot be called <c>journeykit</c>,
    /// since assembly names ignore case and the library is <c>JourneyKit</c>).
    /// </remarks>
    public static Command CreateRootCommand(CliContext context)
    {
        var root = new Command("journeykit", "journeykit: customer journey maps as code. Validate, format, score, render, analyze, monitor and compare journey maps kept as JSON files.")
        {
            new HelpOption(),
            new VersionOption(),
            MapLimitOption.Create(),
            ValidateCommand.Create(context),
            ScoreCommand.Create(context),
            RenderCommand.Create(context),
            AnalyzeCommand.Create(context),
            MonitorCommand.Create(context),
            TallyCommand.Create(context),
            SqlCommand.Create(context),
            DiffCommand.Create(context),
            SchemaCommand.Create(context),
            FormatCommand.Create(context),
            InitCommand.Create(context),
        };
        return root;
    }

    /// <summary>
    /// What is wrong with the command line, one line per problem, each pointing at the help of the command it is about
    /// (<c>run 'journeykit score --help'</c>): an unknown or missing command is one line naming the commands (and the
    /// closest one), whatever else follows it; tokens a command does not know are one line naming them.
    /// </summary>
    private static List<string> UsageErrors(Command root, ParseResult parsed)
    {
        var name = CommandPath(parsed.CommandResult);
        var help = $"run '{name} --help'";
        // An unknown option such as --bogus may be taken as the command's argument: it is named as unknown all the same.
        // (the token after it is then left over): then the unknown options alone are named, since removing them is the fix.
        var unknownOptions = parsed.Tokens
            .Where(static t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' && !double.TryParse(t.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(static t => t.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unmatched = unknownOptions.Count > 0 ? unknownOptions : [.. parsed.UnmatchedTokens];
        if (parsed.CommandResult.Command == root)
        {
            var commands = root.Subcommands.Select(static c => c.Name).ToList();
            if (unmatched.Count == 0 || parsed.Tokens.Count == 0)
            {
                return [$"journeykit: no command given; give one of {string.Join(", ", commands)} ({help} for what each does)."];
            }

            var first = unmatched[0];
            var closest = commands.Select(c => (Name: c, Distance: Distance(first, c))).Where(static c => c.Distance <= 2).OrderBy(static c => c.Distance).FirstOrDefault().Name;
            return [$"journeykit: '{first}' is not a journeykit command{(closest is null ? "." : $"; did you mean '{closest}'?")} The commands are {string.Join(", ", commands)} ({help} for what each does)."];
        }

        var lines = new List<string>();
        if (unmatched.Count > 0)
        {
            var quoted = string.Join(", ", unmatched.Select(static t => $"'{t}'"));
            var what = unknownOptions.Count > 0
                ? (unmatched.Count == 1 ? "is not an option" : "are not options")
                : (unmatched.Count == 1 ? "is not an option or argument" : "are not options or arguments");
            lines.Add($"{name}: {quoted} {what} of this command ({help} for its usage).");
        }

        // System.CommandLine reports each unmatched token as an error of its own: those are in the line above.
        foreach (var message in parsed.Errors.Select(static e => e.Message).Distinct(StringComparer.Ordinal)
                     .Where(m => !unmatched.Concat(parsed.UnmatchedTokens).Any(t => m.Contains($"'{t}'", StringComparison.Ordinal))))
        {
            // One line, though System.CommandLine lists allowed values one per line ("Must be one of:\n\t'svg'\n\t'html'").
            var parts = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var oneLine = parts.Length == 1 ? parts[0] : parts[0] + " " + string.Join(", ", parts[1..]);
            lines.Add($"{name}: {oneLine.TrimEnd('.')} ({help} for its usage).");
        }

        return lines;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult command)
            {
                names.Add(command.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The Levenshtein distance of two short words, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
