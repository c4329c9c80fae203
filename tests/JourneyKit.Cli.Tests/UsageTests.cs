namespace JourneyKit.Cli.Tests;

public class UsageTests
{
    [Fact]
    public void UnknownCommand_ExitsTwoWithOneLine()
    {
        var result = CliRunner.Run("frobnicate");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwoNamingTheFile()
    {
        var result = CliRunner.Run("validate", "no-such-file.json");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("no-such-file.json: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_NamesTheToolJourneykitInEveryUsageLine()
    {
        var root = CliRunner.Run("--help");
        var analyze = CliRunner.Run("analyze", "--help");

        Assert.Equal(ExitCodes.Success, root.ExitCode);
        Assert.Contains("Usage:\n  journeykit [command] [options]", root.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  analyze <events>", root.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, analyze.ExitCode);
        Assert.Contains("  journeykit analyze [<events>] [options]", analyze.Out, StringComparison.Ordinal); // the file is optional: --connection reads a table instead
        Assert.DoesNotContain("JourneyKit.Cli", root.Out + analyze.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var result = CliRunner.Run("--version");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }
}
