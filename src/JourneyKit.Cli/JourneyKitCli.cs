using System.CommandLine;
using System.CommandLine.Help;
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
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"journeykit: {error.Message} (see 'journeykit --help')");
            }

            return ExitCodes.Unreadable;
        }

        try
        {
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
}
