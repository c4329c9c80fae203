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
}
