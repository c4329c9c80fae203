namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// A wrong command line is one sentence per problem that points at the help of the command it is about, and a file that
/// cannot be read is named in the user's terms, never with the file system's own text (issue 15, item 9).
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private const string Commands = "validate, score, render, analyze, monitor, tally, sql, diff, schema, format, init";

    private readonly TempFolder _folder = new("journeykit-usage-");

    public void Dispose() => _folder.Dispose();

    private static string Example(string name) => Path.Combine(RepositoryRoot.Path, "docs", "examples", name);

    [Fact]
    public void UnknownCommand_IsOneLine_WithTheClosestCommand()
    {
        var result = CliRunner.Run("scor", "map.json");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(
            $"journeykit: 'scor' is not a journeykit command; did you mean 'score'? The commands are {Commands} (run 'journeykit --help' for what each does).",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void UnknownCommand_FarFromEveryCommand_IsOneLine_WithoutAGuess()
    {
        var result = CliRunner.Run("bogus");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"journeykit: 'bogus' is not a journeykit command. The commands are {Commands} (run 'journeykit --help' for what each does).", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void NoCommand_IsOneLine()
    {
        var result = CliRunner.Run();

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"journeykit: no command given; give one of {Commands} (run 'journeykit --help' for what each does).", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void UnknownOption_IsNamed_WithTheSubcommandsHelp()
    {
        var result = CliRunner.Run("score", "--bogus", Example("online-retail.json"));

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal("journeykit score: '--bogus' is not an option of this command (run 'journeykit score --help' for its usage).", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void ExtraArguments_AreNamed_InOneLine()
    {
        var result = CliRunner.Run("validate", Example("online-retail.json"), "--format", "json");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("journeykit validate: '--format'", line, StringComparison.Ordinal);
        Assert.EndsWith("(run 'journeykit validate --help' for its usage).", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("render")]
    [InlineData("diff")]
    [InlineData("analyze")]
    [InlineData("monitor")]
    [InlineData("tally")]
    public void MissingArgument_PointsAtTheSubcommandsHelp(string command)
    {
        var result = CliRunner.Run(command);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.NotEmpty(result.ErrorLines);
        Assert.All(result.ErrorLines, line =>
        {
            Assert.StartsWith($"journeykit {command}: ", line, StringComparison.Ordinal);
            Assert.EndsWith($"(run 'journeykit {command} --help' for its usage).", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ValueNotAllowed_IsOneLine_ListingTheAllowedValues()
    {
        var result = CliRunner.Run("render", Example("online-retail.json"), "--format", "png");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(
            "journeykit render: Argument 'png' not recognized. Must be one of: 'mermaid', 'svg', 'html', 'markdown' (run 'journeykit render --help' for its usage).",
            Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("monitor")]
    [InlineData("tally")]
    public void CsvThatIsADirectory_IsOneSentence(string command)
    {
        string[] args = command == "tally"
            ? [command, _folder.Path, "--map", Example("online-retail.json"), "-o", _folder.PathOf("out.json")]
            : [command, _folder.Path, "--map", Example("online-retail.json")];

        var result = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal($"{_folder.Path}: cannot read the file: it is a directory; give the path of a file.", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(_folder.PathOf("out.json")));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("monitor")]
    public void MissingCsv_IsOneSentence_WithoutTheFileSystemsText(string command)
    {
        var missing = _folder.PathOf("nope.csv");

        var result = CliRunner.Run(command, missing, "--map", Example("online-retail.json"));

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"{missing}: cannot read the file: there is no such file.", line);
        Assert.DoesNotContain("Could not find", line, StringComparison.Ordinal);
    }

    [Fact]
    public void MapThatIsADirectory_ForAnalyze_IsOneSentence()
    {
        var result = CliRunner.Run("analyze", Example("online-retail-events.csv"), "--map", _folder.Path);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"{_folder.Path}: is a directory, not a map file.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Analyze_NamesTheFirstFiveMalformedLines_WithoutStrict()
    {
        var csv = new System.Text.StringBuilder("customerId,touchpointId,timestamp\n");
        for (var i = 1; i <= 7; i++)
        {
            csv.Append($"c{i},social-ad,2026-01-0{i}T10:00:00Z\n").Append($"c{i},social-ad,bad{i}\n");
        }

        var events = _folder.Write("events.csv", csv.ToString());
        var result = CliRunner.Run("analyze", events, "--map", Example("online-retail.json"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("7 malformed lines", result.Out, StringComparison.Ordinal);
        var lines = result.ErrorLines;
        Assert.Equal(6, lines.Count);
        for (var i = 1; i <= 5; i++)
        {
            Assert.StartsWith($"warning: {events}:{2 * i + 1}: the timestamp 'bad{i}' is not an ISO 8601 time", lines[i - 1], StringComparison.Ordinal);
            Assert.EndsWith($": c{i},social-ad,bad{i}", lines[i - 1], StringComparison.Ordinal);
        }

        Assert.Equal($"warning: {events}: 7 malformed lines in all, the first 5 named above; they are counted, not used (--strict stops at the first).", lines[5]);
    }

    [Fact]
    public void Monitor_NamesTheMalformedLines_WithoutStrict_AndNothingWhenThereAreNone()
    {
        var answers = _folder.Write("answers.csv", "timestamp,touchpointId,metric,rating\n2026-01-05T10:00:00Z,basket,nps,9\n2026-01-05T10:00:00Z,basket,nps,11\n2026-01-05T10:00:00Z,nope,nps,9\n");
        var clean = _folder.Write("clean.csv", "timestamp,touchpointId,metric,rating\n2026-01-05T10:00:00Z,basket,nps,9\n");

        var result = CliRunner.Run("monitor", answers, "--map", Example("online-retail.json"));
        var quiet = CliRunner.Run("monitor", clean, "--map", Example("online-retail.json"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"warning: {answers}:3: the nps rating '11' is not an integer in 0..10 (written without a fraction): 2026-01-05T10:00:00Z,basket,nps,11", Assert.Single(result.ErrorLines));
        Assert.Equal(ExitCodes.Success, quiet.ExitCode);
        Assert.Empty(quiet.Error);
    }
}
