using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Schema_WritesTheSchemaToStdout()
    {
        var result = CliRunner.Run("schema");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(JourneySchema.Export(), result.Out);
        Assert.StartsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_WritesNumbersWithTheAsciiMinus_AsEveryOtherOutput()
    {
        var result = CliRunner.Run("schema");

        Assert.Contains("-3 (very negative)", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u2212', result.Out);
    }

    [Fact]
    public void Schema_WithOutput_WritesTheFile()
    {
        var path = Path.Combine(_folder.Path, "schema.json");

        var result = CliRunner.Run("schema", "-o", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(JourneySchema.Export(), File.ReadAllText(path));
    }

    [Fact]
    public void Schema_WithEmptyOutputPath_ExitsTwoWithOneLine()
    {
        var result = CliRunner.Run("schema", "-o", "");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith(": cannot write the file: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_WithOutputInMissingFolder_ExitsTwoWithOneLine()
    {
        var path = Path.Combine(_folder.Path, "no", "such", "schema.json");

        var result = CliRunner.Run("schema", "-o", path);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.StartsWith($"{path}: cannot write the file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
