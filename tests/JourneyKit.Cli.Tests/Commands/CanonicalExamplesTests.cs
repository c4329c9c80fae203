namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// What JourneyKit ships is in the form <c>journeykit format</c> writes: every example map in docs/examples
/// and every <c>init</c> template passes <c>format --check</c>, so a user who formats one sees no diff.
/// </summary>
public sealed class CanonicalExamplesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<string> ExampleFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "docs", "examples"), "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);

    public static TheoryData<string> ExampleMaps() => [.. ExampleFiles()];

    public static TheoryData<string> TemplateNames() => [.. Templates.Names];

    [Theory]
    [MemberData(nameof(ExampleMaps))]
    public void ShippedExample_IsCanonical(string file)
    {
        var result = CliRunner.Run("format", Path.Combine(RepositoryRoot.Path, "docs", "examples", file), "--check");

        Assert.True(result.ExitCode == ExitCodes.Success, $"{file} is not in canonical form: {result.Error}");
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void InitTemplate_IsCanonical(string template)
    {
        var map = Path.Combine(_folder.Path, template + ".json");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("init", "--template", template, "-o", map).ExitCode);

        var result = CliRunner.Run("format", map, "--check");

        Assert.True(result.ExitCode == ExitCodes.Success, $"the template '{template}' is not in canonical form: {result.Error}");
    }

    [Fact]
    public void TheTheoriesSeeTheShippedFiles()
    {
        Assert.Equal(["minimal", "public-service", "retail", "saas"], Templates.Names.Order(StringComparer.Ordinal));
        Assert.Contains("online-retail.json", ExampleFiles());
    }
}
