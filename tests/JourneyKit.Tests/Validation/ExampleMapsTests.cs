using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

/// <summary>The shipped examples in docs/examples are valid, warning-free and use most of the format.</summary>
public class ExampleMapsTests
{
    private static readonly string[] Files = [.. Directory.GetFiles(RepositoryRoot.Combine("docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Examples { get; } = [.. Files];

    private static JourneyMap Load(string file) => new JourneySerializer().Read(File.ReadAllBytes(RepositoryRoot.Combine("docs", "examples", file)));

    [Fact]
    public void Examples_AreTheDocumentedOnes() =>
        Assert.Equal(new[] { "b2b-saas.json", "online-retail-future.json", "online-retail.json", "public-service.json" }, Files);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_HasNoErrorAndNoWarning(string file) =>
        Assert.Empty(new JourneyValidator().Validate(Load(file)).Issues);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_UsesMostOfTheFormat(string file)
    {
        var map = Load(file);
        var touchpoints = map.Stages.SelectMany(s => s.Touchpoints).ToList();

        Assert.InRange(map.Personas.Count, 2, 3);
        Assert.All(map.Personas, p => Assert.NotNull(p.Adoption));
        Assert.Equal(5, map.Stages.Count);
        Assert.All(map.Stages, s => Assert.InRange(s.Touchpoints.Count, 4, 6));
        Assert.All(map.Stages, s => Assert.False(string.IsNullOrWhiteSpace(s.DesiredOutcome)));
        Assert.Contains(touchpoints, t => t.EmotionsByPersona.Count > 0);
        Assert.Contains(touchpoints, t => t.Responses?.Nps is not null);
        Assert.Contains(touchpoints, t => t.Responses?.Csat is not null);
        Assert.Contains(touchpoints, t => t.Responses?.Ces is not null);
        Assert.Contains(map.Outcomes, o => o.Importance is not null);
        Assert.Contains(map.Outcomes, o => o.ImportanceResponses is not null);
        Assert.Contains(map.Kpis, k => k.Category == KpiCategory.CustomerBehavior);
        Assert.Contains(map.Kpis, k => k.Category == KpiCategory.OrganizationalBehavior);
        Assert.Contains(map.Kpis, k => k.Measurements.Count >= 3 && !k.Measurements.Select(m => m.At).SequenceEqual(k.Measurements.Select(m => m.At).Order()));
        Assert.Contains(map.Opportunities, o => o.Reach is not null && o.Impact is not null && o.Confidence is not null && o.Effort is not null);
        Assert.True(map.Opportunities.Select(o => o.Status).Distinct().Count() >= 2);
        Assert.NotEmpty(map.Competitors);
        Assert.NotEmpty(map.Processes);
        Assert.True(map.Playbooks.SelectMany(p => p.Plays).Select(p => p.When.Metric).Distinct().Count() >= 4);
    }

    [Theory]
    [InlineData("online-retail.json")]
    [InlineData("b2b-saas.json")]
    [InlineData("public-service.json")]
    public void CurrentExample_HasPainPointsAndDelights(string file)
    {
        var touchpoints = Load(file).Stages.SelectMany(s => s.Touchpoints).ToList();

        Assert.Contains(touchpoints, t => t.Emotion <= -2);
        Assert.Contains(touchpoints, t => t.Emotion >= 2);
        Assert.Contains(touchpoints, t => t.Responses?.Ces is { } ces && CesMean(ces) >= 5);
        Assert.Contains(touchpoints, t => t.Responses?.Nps is { } nps && Nps(nps) < 0);
        Assert.Contains(touchpoints, t => t.Responses?.Nps is { } nps && Nps(nps) >= 50);
    }

    [Fact]
    public void FutureExample_ImprovesTheRetailMap()
    {
        var current = Load("online-retail.json");
        var future = Load("online-retail-future.json");

        Assert.Equal(MapState.Future, future.State);
        Assert.Equal(current.Id, future.BaseMapId);
        Assert.Equal(current.Stages.Select(s => s.Id), future.Stages.Select(s => s.Id));
        var returnsBefore = current.Stages.SelectMany(s => s.Touchpoints).Single(t => t.Id == "returns-portal");
        var returnsAfter = future.Stages.SelectMany(s => s.Touchpoints).Single(t => t.Id == "returns-portal");
        Assert.True(Nps(returnsAfter.Responses!.Nps!) > Nps(returnsBefore.Responses!.Nps!));
    }

    [Fact]
    public void CesMeanAndNps_OfTheHelpers_MatchHandComputedValues()
    {
        // 413 / 80 and 100 · (5 − 60) / 74, worked out by hand for the retail payment and returns touchpoints.
        Assert.Equal(5.1625, CesMean([2, 4, 6, 10, 18, 25, 15]), 10);
        Assert.Equal(-74.324324, Nps([12, 8, 10, 9, 8, 7, 6, 5, 4, 3, 2]), 5);
    }

    private static double CesMean(IReadOnlyList<long> counts) =>
        counts.Select((c, i) => c * (i + 1.0)).Sum() / counts.Sum();

    private static double Nps(IReadOnlyList<long> counts) =>
        100.0 * (counts[9] + counts[10] - counts.Take(7).Sum()) / counts.Sum();
}
