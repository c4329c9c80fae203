using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    // Valid, but the mean of 1.7e308 and 1.7e308 overflows to infinity: the scorer throws InvalidOperationException.
    private const string OverflowMap = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [{ "id": "browse", "name": "Browse", "touchpoints": [{ "id": "home", "name": "Home page", "emotion": 2 }] }],
          "kpis": [{ "id": "k", "name": "K", "unit": "x", "calculator": "mean", "measurements": [
            { "at": "2026-01-01T00:00:00Z", "value": 1.7e308 }, { "at": "2026-01-02T00:00:00Z", "value": 1.7e308 } ] }]
        }
        """;

    private readonly TempFolder _folder = new("journeykit-render-");
    private readonly string _map;

    public RenderCommandTests()
    {
        _map = Path.Combine(_folder.Path, "retail.json");
        File.WriteAllText(_map, new JourneySerializer().Write(SampleMaps.Retail()));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Render_Mermaid_WritesTheDiagramToStandardOutput()
    {
        var result = CliRunner.Run("render", _map, "--format", "mermaid");

        // Social media ad: every persona feels +0.5, so 1 + 3.5 · 2/3 = 3.33, drawn as 3.
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("journey\n    title Online retail purchase\n    section Awareness\n        Social media ad: 3: Busy parent, Bargain hunter, Gift buyer\n", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")]
    [InlineData("html", "<!DOCTYPE html>\n")]
    [InlineData("markdown", "# Online retail purchase\n")]
    public void Render_WithOutput_WritesTheFileAndNothingToStandardOutput(string format, string start)
    {
        var file = Path.Combine(_folder.Path, "out." + format);

        var result = CliRunner.Run("render", _map, "--format", format, "-o", file);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith(start, File.ReadAllText(file), StringComparison.Ordinal);
        Assert.DoesNotContain(new DirectoryInfo(_folder.Path).GetFiles(), f => f.Name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Persona_DrawsThatPersonasJourney()
    {
        var result = CliRunner.Run("render", _map, "--format", "mermaid", "--persona", "bargain-hunter");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("    title Online retail purchase (Bargain hunter)\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Size guide", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownPersona_ExitsTwoNamingTheKnownIds()
    {
        var result = CliRunner.Run("render", _map, "--format", "svg", "--persona", "nobody");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"{_map}: --persona 'nobody' is not a persona of the map; known persona ids: busy-parent, bargain-hunter, gift-buyer.", line);
    }

    [Fact]
    public void Render_UnknownPersonaWithOutput_ExitsTwoAndWritesNoFile()
    {
        var file = _folder.PathOf("persona.svg");

        var result = CliRunner.Run("render", _map, "--format", "svg", "--persona", "nobody", "-o", file);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"{_map}: --persona 'nobody' is not a persona of the map; known persona ids: busy-parent, bargain-hunter, gift-buyer.", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(file));
        Assert.DoesNotContain(new DirectoryInfo(_folder.Path).GetFiles(), f => f.Name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("svg", "map")]
    [InlineData("html", "map")]
    [InlineData("svg", "blueprint")]
    public void Render_LargeMapWithOutput_WritesTheLibrarysDocumentAsUtf8(string format, string view)
    {
        // 2,000 touchpoints: the document is written in many pieces as it is drawn; the file holds exactly the string overload's text.
        var generated = SampleMaps.Generated(40, 50);
        var map = _folder.PathOf("large.json");
        File.WriteAllText(map, new JourneySerializer().Write(generated));
        var file = _folder.PathOf($"large-{view}.{format}");

        var result = CliRunner.Run("render", map, "--format", format, "--view", view, "-o", file);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var expected = new JourneyKit.Rendering.JourneyRenderer().Render(generated, format == "svg" ? JourneyKit.Rendering.RenderFormat.Svg : JourneyKit.Rendering.RenderFormat.Html,
            new JourneyKit.Rendering.RenderOptions { View = view == "blueprint" ? JourneyKit.Rendering.RenderView.Blueprint : JourneyKit.Rendering.RenderView.Map });
        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(expected), File.ReadAllBytes(file));
    }

    [Fact]
    public void Render_UnknownPersonaOfAMapOverTheLimits_ReportsTheMapsErrorsFirst()
    {
        // The 1.7e308 measurements once validated and made the mean infinite; since the format's
        // limits (issue 15) the map is invalid, and like every command render reports that first.
        var map = _folder.PathOf("overflow-persona.json");
        File.WriteAllText(map, OverflowMap);

        var result = CliRunner.Run("render", map, "--format", "svg", "--persona", "nobody");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal(
            [
                $"{map}: $.kpis[0].measurements[0].value: 'value' must be between -1000000000000000 and 1000000000000000. You entered 1.7E+308.",
                $"{map}: $.kpis[0].measurements[1].value: 'value' must be between -1000000000000000 and 1000000000000000. You entered 1.7E+308.",
            ],
            result.ErrorLines);
    }

    [Theory]
    [InlineData("svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"service-blueprint\"")]
    [InlineData("html", "<!DOCTYPE html>\n")]
    public void Render_ViewBlueprint_DrawsTheServiceBlueprint(string format, string start)
    {
        var file = Path.Combine(_folder.Path, "blueprint." + format);

        var result = CliRunner.Run("render", _map, "--format", format, "--view", "blueprint", "-o", file);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var text = File.ReadAllText(file);
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        // Retail sample: marketing, brand, crm, ecommerce, app team, pricing, support, logistics, payments, … and the unowned lane.
        Assert.Contains("class=\"lane\" data-side=\"frontstage\" data-department=\"\"", text, StringComparison.Ordinal);
        Assert.Equal(
            JourneyKit.Measures.ValueStreamAnalyzer.Analyze(SampleMaps.Retail().Stages.SelectMany(s => s.Touchpoints)).Handoffs,
            text.Split("class=\"handoff\"").Length - 1);
    }

    [Fact]
    public void Render_ViewMap_IsTheDefault()
    {
        var plain = CliRunner.Run("render", _map, "--format", "svg");
        var map = CliRunner.Run("render", _map, "--format", "svg", "--view", "map");

        Assert.Equal(ExitCodes.Success, map.ExitCode);
        Assert.Equal(plain.Out, map.Out);
        Assert.Contains("class=\"journey-map\"", map.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mermaid")]
    [InlineData("markdown")]
    public void Render_ViewBlueprintAsMermaidOrMarkdown_ExitsTwoInOneSentence(string format)
    {
        var result = CliRunner.Run("render", _map, "--format", format, "--view", "blueprint");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal($"render: --view blueprint is drawn as svg or html only; --format {format} has no lanes (use --format svg or html, or --view map).", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("render", "{map}", "--format", "svg", "--view", "lanes")]
    [InlineData("render", "{map}")]
    [InlineData("render", "{map}", "--format", "pdf")]
    public void Render_BadUsage_ExitsTwo(params string[] args)
    {
        var result = CliRunner.Run(args.Select(a => a.Replace("{map}", _map, StringComparison.Ordinal)).ToArray());

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.NotEmpty(result.ErrorLines);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingMap_ExitsTwoNamingTheFile()
    {
        var result = CliRunner.Run("render", "no-such-map.json", "--format", "html");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.StartsWith("no-such-map.json: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mermaid")]
    [InlineData("svg")]
    [InlineData("html")]
    [InlineData("markdown")]
    public void Render_MapOverTheLimits_ExitsOneLikeScore(string format)
    {
        // Measurements of 1.7e308 once validated and gave an infinite mean (exit 1 in score, exit 3
        // in render); now validation refuses them, with the same lines in both commands.
        var map = _folder.PathOf("overflow.json");
        File.WriteAllText(map, OverflowMap);
        var file = _folder.PathOf("out." + format);

        var result = CliRunner.Run("render", map, "--format", format, "-o", file);
        var score = CliRunner.Run("score", map);

        Assert.Equal(ExitCodes.Invalid, score.ExitCode);
        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.False(File.Exists(file));
        Assert.Equal(score.ErrorLines, result.ErrorLines);
        Assert.Equal(
            [
                $"{map}: $.kpis[0].measurements[0].value: 'value' must be between -1000000000000000 and 1000000000000000. You entered 1.7E+308.",
                $"{map}: $.kpis[0].measurements[1].value: 'value' must be between -1000000000000000 and 1000000000000000. You entered 1.7E+308.",
            ],
            result.ErrorLines);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnwritableOutput_ExitsTwoAndLeavesNoFile()
    {
        var file = Path.Combine(_folder.Path, "missing-folder", "out.svg");

        var result = CliRunner.Run("render", _map, "--format", "svg", "-o", file);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.False(File.Exists(file));
        Assert.StartsWith(file + ": cannot write the file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
