namespace JourneyKit.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private const string Valid = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "personas": [{ "id": "parent", "name": "Parent" }],
          "processes": [{ "id": "catalogue", "name": "Catalogue" }],
          "stages": [
            { "id": "consider", "name": "Consider", "touchpoints": [{ "id": "search", "name": "Search", "processId": "catalogue", "emotion": 1 }] },
            { "id": "buy", "name": "Buy", "touchpoints": [{ "id": "pay", "name": "Pay", "emotion": -1 }] }
          ],
          "kpis": [{ "id": "conversion", "name": "Conversion", "calculator": "latest" }]
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("online-retail.json")]
    [InlineData("online-retail-future.json")]
    [InlineData("b2b-saas.json")]
    [InlineData("public-service.json")]
    public void Example_IsValid(string example)
    {
        var file = RepositoryRoot.Combine("docs", "examples", example);

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal($"{file}: valid\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DanglingReferences_ExitOneWithOneLinePerErrorAndItsPath()
    {
        var file = _folder.Write("map.json", Valid
            .Replace("\"processId\": \"catalogue\"", "\"processId\": \"catalog\"", StringComparison.Ordinal)
            .Replace("\"emotion\": -1", "\"emotion\": -1, \"personaIds\": [\"student\"]", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal(
            [
                $"{file}: $.stages[0].touchpoints[0].processId: 'processId' \"catalog\" is not the id of any process in $.processes; use one of \"catalogue\".",
                $"{file}: $.stages[1].touchpoints[0].personaIds[0]: 'personaIds[0]' \"student\" is not the id of any persona in $.personas; use one of \"parent\".",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void DuplicateIds_ExitOneNamingBothPlaces()
    {
        var file = _folder.Write("map.json", Valid
            .Replace("\"id\": \"pay\"", "\"id\": \"search\"", StringComparison.Ordinal)
            .Replace("\"id\": \"buy\"", "\"id\": \"consider\"", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal(
            [
                $"{file}: $.stages[1].id: 'id' \"consider\" is already used by $.stages[0]; stage ids must be unique.",
                $"{file}: $.stages[1].touchpoints[0].id: 'id' \"search\" is already used by $.stages[0].touchpoints[0]; touchpoint ids must be unique across the whole map.",
            ],
            result.ErrorLines);
    }

    [Fact]
    public void UnknownCalculator_ExitsOneNamingTheRegisteredOnes()
    {
        var file = _folder.Write("map.json", Valid.Replace("\"latest\"", "\"churn\"", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"{file}: $.kpis[0].calculator: 'calculator' \"churn\" is not a registered KPI calculator; use one of \"ces\", \"csat\", \"latest\", \"leadTime\", \"mean\", \"nps\", \"pce\".", line);
    }

    [Fact]
    public void UnknownProperty_IsAWarningAndTheMapStaysValid()
    {
        var file = _folder.Write("map.json", Valid.Replace("\"name\": \"Consider\"", "\"name\": \"Consider\", \"colour\": \"red\"", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"warning: {file}: $.stages[0].colour: \"colour\" is not a property of a stage in format 1.0; it is kept but ignored (check the spelling).", line);
        Assert.Equal($"{file}: valid, with 1 warning\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ErrorsAndWarnings_ErrorsComeFirst()
    {
        var file = _folder.Write("map.json", Valid
            .Replace("\"emotion\": 1", "\"emotion\": 9", StringComparison.Ordinal)
            .Replace("\"id\": \"shop\"", "\"id\": \"shop\", \"colour\": 1", StringComparison.Ordinal));

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal(
            [
                $"{file}: $.stages[0].touchpoints[0].emotion: 'emotion' must be between -3 and 3. You entered 9.",
                $"warning: {file}: $.colour: \"colour\" is not a property of a journey map in format 1.0; it is kept but ignored (check the spelling).",
            ],
            result.ErrorLines);
    }

    [Fact]
    public void MalformedJson_ExitsTwoWithOneLine()
    {
        var file = _folder.Write("map.json", "{ \"schemaVersion\": ");

        var result = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{file}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidMap_ThrowsWithExitOneAndOneLinePerError()
    {
        var file = _folder.Write("map.json", Valid
            .Replace("\"emotion\": 1", "\"emotion\": 9", StringComparison.Ordinal)
            .Replace("\"emotion\": -1", "\"emotion\": -4", StringComparison.Ordinal));

        var e = Assert.Throws<CliException>(() => MapFile.Load(file));

        Assert.Equal(ExitCodes.Invalid, e.ExitCode);
        Assert.Equal(
            [
                $"{file}: $.stages[0].touchpoints[0].emotion: 'emotion' must be between -3 and 3. You entered 9.",
                $"{file}: $.stages[1].touchpoints[0].emotion: 'emotion' must be between -3 and 3. You entered -4.",
            ],
            e.Lines);
    }

    [Fact]
    public void Load_ValidMapWithWarnings_ReturnsTheMap()
    {
        var file = _folder.Write("map.json", Valid.Replace("\"id\": \"shop\"", "\"id\": \"shop\", \"colour\": 1", StringComparison.Ordinal));

        Assert.Equal("shop", MapFile.Load(file).Id);
    }
}
