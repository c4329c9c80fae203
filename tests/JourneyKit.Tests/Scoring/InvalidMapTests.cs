using JourneyKit.Comparison;
using JourneyKit.Kpis;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyKit.Tests.Scoring;

/// <summary>
/// Issue 15 item 4: a map built in code with an emotion of 9 used to score 200 on the 0–100 scale.
/// The scorer, and the renderer and comparer that score through it, validate first by default and
/// throw <see cref="InvalidJourneyMapException"/> carrying the report; <c>ValidateMap = false</c> skips it.
/// </summary>
public class InvalidMapTests
{
    private const string EmotionPath = "$.stages[0].touchpoints[0].emotion";
    private const string EmotionMessage = "'emotion' must be between -3 and 3. You entered 9.";

    private static JourneyMap Nine() => TestMaps.Single([TestMaps.Tp("t", emotion: 9)]);

    private static JourneyMap Valid() => TestMaps.Single([TestMaps.Tp("t", emotion: 3)]);

    [Fact]
    public void Score_InvalidMap_ThrowsWithTheReport()
    {
        var e = Assert.Throws<InvalidJourneyMapException>(() => new JourneyScorer().Score(Nine()));

        var error = Assert.Single(e.Report.Errors);
        Assert.Equal(EmotionPath, error.Path);
        Assert.Equal(ValidationCodes.Range, error.Code);
        Assert.Equal(EmotionMessage, error.Message);
        Assert.Equal($"The map 'm' is invalid (1 error), so it is not scored: {EmotionPath}: {EmotionMessage}", e.Message);
        Assert.IsAssignableFrom<InvalidOperationException>(e);
    }

    [Fact]
    public void Score_ManyErrors_MessageCountsThemAndNamesTheFirst()
    {
        var map = TestMaps.Single([TestMaps.Tp("t", emotion: 9), TestMaps.Tp("t", emotion: -4)]);

        var e = Assert.Throws<InvalidJourneyMapException>(() => new JourneyScorer().Score(map));

        Assert.Equal(3, e.Report.Errors.Count); // 9, −4 and the repeated id
        Assert.StartsWith($"The map 'm' is invalid (3 errors, the first), so it is not scored: {EmotionPath}: ", e.Message);
    }

    [Fact]
    public void Score_ValidateMapFalse_ScoresWithoutChecking()
    {
        // The documented way to skip the check: the caller vouches for the map, and gets what the formula gives.
        var report = new JourneyScorer(new ScoringOptions { ValidateMap = false }).Score(Nine());

        Assert.Equal(200, report.Touchpoints[0].Score); // (9 + 3) / 6 · 100
    }

    [Fact]
    public void Score_ValidMap_IsTheSameWithAndWithoutTheCheck()
    {
        var map = TestMaps.Retail;

        Assert.Equal(new JourneyScorer(new ScoringOptions { ValidateMap = false }).Score(map), new JourneyScorer().Score(map));
        Assert.Equal(100, new JourneyScorer().Score(Valid()).Touchpoints[0].Score);
    }

    [Fact]
    public void Score_WarningsOnly_Scores()
    {
        var map = Valid() with { ExtensionData = new Dictionary<string, System.Text.Json.JsonElement> { ["emotoin"] = System.Text.Json.JsonDocument.Parse("1").RootElement } };

        Assert.NotEmpty(new JourneyValidator().Validate(map).Warnings);
        Assert.Equal(100, new JourneyScorer().Score(map).Touchpoints[0].Score);
    }

    [Fact]
    public void Score_CustomCalculator_IsKnownToTheScorersValidator()
    {
        var map = Valid() with { Kpis = [new Kpi { Id = "k", Name = "K", Calculator = "custom" }] };

        var e = Assert.Throws<InvalidJourneyMapException>(() => new JourneyScorer().Score(map));
        Assert.Equal(ValidationCodes.UnknownCalculator, Assert.Single(e.Report.Errors).Code);

        var report = new JourneyScorer(extraCalculators: [new Constant("custom", 7)]).Score(map);
        Assert.Equal(7, Assert.Single(report.Kpis).Value);
    }

    [Fact]
    public void Score_GivenValidator_IsTheOneUsed()
    {
        var strict = new JourneyValidator(new JourneyValidatorOptions { MaxNameLength = 1 });
        var map = Valid() with { Name = "Two" };

        var e = Assert.Throws<InvalidJourneyMapException>(() => new JourneyScorer(null, new KpiEvaluator(), strict).Score(map));

        Assert.Equal("$.name", Assert.Single(e.Report.Errors).Path);
        Assert.Equal(100, new JourneyScorer().Score(map).Touchpoints[0].Score);
    }

    [Theory]
    [InlineData(RenderFormat.Mermaid)]
    [InlineData(RenderFormat.Svg)]
    [InlineData(RenderFormat.Html)]
    [InlineData(RenderFormat.Markdown)]
    public void Render_InvalidMap_Throws(RenderFormat format)
    {
        var e = Assert.Throws<InvalidJourneyMapException>(() => new JourneyRenderer().Render(Nine(), format));

        Assert.Equal(EmotionPath, Assert.Single(e.Report.Errors).Path);
        Assert.Contains("200", new JourneyRenderer(new JourneyScorer(new ScoringOptions { ValidateMap = false })).Render(Nine(), RenderFormat.Markdown));
    }

    [Fact]
    public void Compare_InvalidMapOnEitherSide_Throws()
    {
        var before = Assert.Throws<InvalidJourneyMapException>(() => new JourneyComparer().Compare(Nine(), Valid()));
        var after = Assert.Throws<InvalidJourneyMapException>(() => new JourneyComparer().Compare(Valid(), Nine()));

        Assert.Equal(EmotionPath, Assert.Single(before.Report.Errors).Path);
        Assert.Equal(EmotionPath, Assert.Single(after.Report.Errors).Path);
        Assert.NotNull(new JourneyComparer(new JourneyScorer(new ScoringOptions { ValidateMap = false })).Compare(Nine(), Valid()));
    }

    [Fact]
    public void Services_ValidateWithTheConfiguredLimits()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit(o => o.Validation.MaxNameLength = 1);
        using var provider = services.BuildServiceProvider();
        var map = Valid() with { Name = "Two" };

        Assert.Throws<InvalidJourneyMapException>(() => provider.GetRequiredService<IJourneyScorer>().Score(map));
        Assert.Throws<InvalidJourneyMapException>(() => provider.GetRequiredService<IJourneyRenderer>().Render(map, RenderFormat.Mermaid));
        Assert.Throws<InvalidJourneyMapException>(() => provider.GetRequiredService<IJourneyComparer>().Compare(map, map));
    }

    [Fact]
    public void Services_ValidateMapFalse_Skips()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit(o => o.Scoring.ValidateMap = false);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(200, provider.GetRequiredService<IJourneyScorer>().Score(Nine()).Touchpoints[0].Score);
    }

    [Fact]
    public void Exception_ValidReport_IsRefused()
    {
        Assert.Throws<ArgumentException>("report", () => new InvalidJourneyMapException("m", new ValidationReport([])));
        Assert.Throws<ArgumentNullException>("report", () => new InvalidJourneyMapException("m", null!));
    }

    private sealed class Constant(string key, double value) : IKpiCalculator
    {
        public string Key => key;

        public double? Calculate(KpiContext context) => value;
    }
}
