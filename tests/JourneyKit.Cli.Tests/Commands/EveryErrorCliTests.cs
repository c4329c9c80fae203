namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// Issue 15 items 4 and 5 through the command line: every error of a map at once (the reader's with
/// line and byte, then the rule errors of the rest), the map's warnings on standard error for
/// <c>score</c> and <c>render</c>, and exit codes as docs/cli.md gives them.
/// </summary>
public sealed class EveryErrorCliTests : IDisposable
{
    private const string WrongTypes = """
        {
          "schemaVersion": "1.0", "id": "m", "name": "M",
          "stages": [
            { "id": "s", "name": "S", "kind": "Awareness", "touchpoints": [
              { "id": "t", "name": "T", "emotion": "high" },
              { "id": "u", "name": "", "emotion": 9 } ] } ]
        }
        """;

    private const string Misspelt = """
        {
          "schemaVersion": "1.0", "id": "m", "name": "M",
          "stages": [{ "id": "s", "name": "S", "touchpoints": [{ "id": "t", "name": "T", "emotoin": 2 }] }]
        }
        """;

    private readonly TempFolder _folder = new("journeykit-every-error-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string contents) => _folder.Write(name, contents);

    [Theory]
    [InlineData("validate")]
    [InlineData("score")]
    [InlineData("render", "--format", "mermaid")]
    public void WrongTypesAndRuleErrors_AreOneList_Exit2(string command, params string[] rest)
    {
        var file = Write("wrong.json", WrongTypes);

        var result = CliRunner.Run([command, file, .. rest]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
        [
            $"{file}: $.stages[0].kind (line 4, byte 39): expected one of \"awareness\", \"consideration\", \"purchase\", \"retention\", \"advocacy\", \"custom\", found the string \"Awareness\".",
            $"{file}: $.stages[0].touchpoints[0].emotion (line 5, byte 44): expected a number from -3 to 3, found the string \"high\".",
            $"{file}: $.stages[0].touchpoints[1].name: 'name' is required and must not be empty or white space.",
            $"{file}: $.stages[0].touchpoints[1].emotion: 'emotion' must be between -3 and 3. You entered 9.",
        ], result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("render", "--format", "markdown")]
    public void Warnings_GoToStandardError_OnceAndTheCommandSucceeds(string command, params string[] rest)
    {
        var file = Write("misspelt.json", Misspelt);

        var result = CliRunner.Run([command, file, .. rest]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [$"warning: {file}: $.stages[0].touchpoints[0].emotoin: \"emotoin\" is not a property of a touchpoint in format 1.0; it is kept but ignored (did you mean 'emotion'?)."],
            result.ErrorLines);
        Assert.NotEqual("", result.Out);
    }

    [Fact]
    public void InvalidMap_Score_IsExit1WithEveryRuleError()
    {
        var file = Write("nine.json", Misspelt.Replace("\"emotoin\": 2", "\"emotion\": 9", StringComparison.Ordinal));

        var result = CliRunner.Run("score", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{file}: $.stages[0].touchpoints[0].emotion: 'emotion' must be between -3 and 3. You entered 9."], result.ErrorLines);
    }
}
