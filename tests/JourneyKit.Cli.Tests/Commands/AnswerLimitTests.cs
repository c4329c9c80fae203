namespace JourneyKit.Cli.Tests.Commands;

/// <summary>Answer counts over 2^53 in total are refused by validation (exit 1, one sentence), never an internal error (exit 3).</summary>
public sealed class AnswerLimitTests : IDisposable
{
    private const string Map = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "personas": [{ "id": "p", "name": "P" }],
          "stages": [
            { "id": "browse", "name": "Browse", "touchpoints": [
              { "id": "home", "name": "Home page", "emotion": 2,
                "responses": { "nps": [0,0,0,0,0,0,0,0,0,1000000000000000000,0] } } ] }
          ],
          "outcomes": [{ "id": "fast", "statement": "Find it fast", "importanceResponses": [9223372036854775807,1,0,0,0], "satisfaction": 2 }]
        }
        """;

    private const string Limit = "must count at most 9007199254740992 answers in total (2^53, the most a double counts exactly).";

    private readonly TempFolder _folder = new("journeykit-limits-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("score")]
    public void CountsOverTwoToTheFiftyThree_ExitOneWithTheSentence(string command)
    {
        var file = _folder.Write("map.json", Map);

        var result = CliRunner.Run(command, file);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.NotEqual(ExitCodes.InternalError, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Overflow", result.Error, StringComparison.Ordinal);
        Assert.Contains(result.ErrorLines, line => line.Contains($"$.stages[0].touchpoints[0].responses.nps: 'nps' {Limit} You entered 1000000000000000000.", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains($"$.outcomes[0].importanceResponses: 'importanceResponses' {Limit} You entered 9223372036854775808.", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PrintsExactlyTheTwoSentences()
    {
        var file = _folder.Write("map.json", Map);

        var result = CliRunner.Run("validate", file);

        Assert.Equal(
            [
                $"{file}: $.stages[0].touchpoints[0].responses.nps: 'nps' {Limit} You entered 1000000000000000000.",
                $"{file}: $.outcomes[0].importanceResponses: 'importanceResponses' {Limit} You entered 9223372036854775808.",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Out);
    }
}
