using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Templates_AreTheDocumentedOnes() =>
        Assert.Equal(new[] { "minimal", "public-service", "retail", "saas" }, Templates.Names);

    [Theory]
    [InlineData("minimal")]
    [InlineData("public-service")]
    [InlineData("retail")]
    [InlineData("saas")]
    public void Template_IsAValidMapWithoutWarnings(string template)
    {
        var result = CliRunner.Run("init", "--template", template);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Empty(new JourneyValidator().Validate(new JourneySerializer().Read(result.Out)).Issues);
    }

    [Theory]
    [InlineData("retail", "online-retail.json")]
    [InlineData("saas", "b2b-saas.json")]
    [InlineData("public-service", "public-service.json")]
    public void Template_IsTheShippedExample(string template, string example) =>
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("docs", "examples", example)), CliRunner.Run("init", "-t", template).Out);

    [Fact]
    public void NoTemplate_WritesRetail() =>
        Assert.Equal(CliRunner.Run("init", "--template", "retail").Out, CliRunner.Run("init").Out);

    [Fact]
    public void UnknownTemplate_ExitsTwoListingTheTemplates()
    {
        var result = CliRunner.Run("init", "--template", "bank");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("journeykit init: there is no template \"bank\"; the templates are: minimal, public-service, retail, saas.", line);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Output_WritesTheFileThatThenValidates()
    {
        var file = _folder.PathOf("journey.json");

        var init = CliRunner.Run("init", "-t", "saas", "-o", file);
        var validate = CliRunner.Run("validate", file);

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Equal("", init.Out);
        Assert.Equal(CliRunner.Run("init", "-t", "saas").Out, File.ReadAllText(file));
        Assert.Equal(ExitCodes.Success, validate.ExitCode);
        Assert.Equal([file], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Output_ExistingFile_IsRefusedAndLeftAsItWas()
    {
        var file = _folder.Write("journey.json", "my work");

        var result = CliRunner.Run("init", "-o", file);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"{file}: the file already exists; pass --force to overwrite it.", Assert.Single(result.ErrorLines));
        Assert.Equal("my work", File.ReadAllText(file));
        Assert.Equal([file], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Output_ExistingFileWithForce_IsReplaced()
    {
        var file = _folder.Write("journey.json", "my work");

        var result = CliRunner.Run("init", "-t", "minimal", "-o", file, "--force");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(CliRunner.Run("init", "-t", "minimal").Out, File.ReadAllText(file));
    }

    [Fact]
    public void Output_MissingDirectory_ExitsTwo()
    {
        var result = CliRunner.Run("init", "-o", _folder.PathOf(Path.Combine("no-such-dir", "journey.json")));

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
