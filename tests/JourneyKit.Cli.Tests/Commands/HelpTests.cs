namespace JourneyKit.Cli.Tests.Commands;

public class HelpTests
{
    [Theory]
    [InlineData("format", "--check")]
    [InlineData("schema", "--output")]
    [InlineData("validate", "<map>")]
    public void Help_OfEachCommand_ExitsZeroAndShowsItsUsage(string command, string mentions)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains(mentions, result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Help_OfTheRoot_ListsFormatAndSchema()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("format", result.Out, StringComparison.Ordinal);
        Assert.Contains("schema", result.Out, StringComparison.Ordinal);
    }
}
