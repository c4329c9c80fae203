using JourneyKit.DependencyInjection;
using JourneyKit.Kpis;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Tests.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyKit.Tests.DependencyInjection;

public class ServiceCollectionTests
{
    private sealed class FixedCalculator : IKpiCalculator
    {
        public string Key => "fixed";

        public double? Calculate(KpiContext context) => 42;
    }

    [Fact]
    public void AddJourneyKit_ResolvesAScorer_ThatScoresLikeThePlainOne()
    {
        using var provider = new ServiceCollection().AddJourneyKit().Services.BuildServiceProvider(validateScopes: true);

        var scorer = provider.GetRequiredService<IJourneyScorer>();

        Assert.IsType<JourneyScorer>(scorer);
        Assert.Equal(
            ScoreReportJson.Write(new JourneyScorer().Score(TestMaps.Retail)),
            ScoreReportJson.Write(scorer.Score(TestMaps.Retail)));
    }

    [Fact]
    public void AddJourneyKit_ServicesAreSingletons()
    {
        using var provider = new ServiceCollection().AddJourneyKit().Services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<IJourneyScorer>(), provider.GetRequiredService<IJourneyScorer>());
        Assert.Same(provider.GetRequiredService<KpiEvaluator>(), provider.GetRequiredService<KpiEvaluator>());
    }

    [Fact]
    public void AddJourneyKit_Twice_RegistersNothingTwice()
    {
        var once = new ServiceCollection();
        once.AddJourneyKit().AddKpiCalculator<FixedCalculator>();
        var twice = new ServiceCollection();
        twice.AddJourneyKit().AddKpiCalculator<FixedCalculator>();
        twice.AddJourneyKit().AddKpiCalculator<FixedCalculator>();

        Assert.Equal(once.Count, twice.Count);
        Assert.Single(twice, d => d.ServiceType == typeof(IJourneyScorer));
        Assert.Single(twice, d => d.ServiceType == typeof(IValidateOptions<JourneyKitOptions>));
        using var provider = twice.BuildServiceProvider();
        Assert.Equal(8, provider.GetServices<IKpiCalculator>().Count());
        Assert.Equal(["ces", "csat", "fixed", "latest", "leadTime", "mean", "nps", "pce"], provider.GetRequiredService<KpiEvaluator>().Keys);
    }

    [Fact]
    public void AddJourneyKit_ConfigureReachesTheScorer()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit(options => options.Scoring.PainEmotionThreshold = 0);
        using var provider = services.BuildServiceProvider();

        var map = TestMaps.Single([TestMaps.Tp("a", 0), TestMaps.Tp("b", 1)]);
        var report = provider.GetRequiredService<IJourneyScorer>().Score(map);

        Assert.Equal("a", Assert.Single(report.PainPoints).TouchpointId); // 0 ≤ 0; the default −1 would find none
    }

    [Fact]
    public void AddJourneyKit_InvalidOptions_FailAtStartListingEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit(options =>
        {
            options.Scoring.PainEmotionThreshold = -5;
            options.Scoring.Z = double.PositiveInfinity;
        });
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var failures = Assert.IsType<OptionsValidationException>(e.InnerExceptions().Single()).Failures.ToList();
        Assert.Equal(2, failures.Count);
        Assert.Equal("'Scoring.PainEmotionThreshold' must be between -3 and 3. You entered -5.", failures[0]);
        Assert.StartsWith("'Scoring.Z' must be", failures[1], StringComparison.Ordinal);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IJourneyScorer>());
    }

    [Fact]
    public void AddJourneyKit_NullScoring_IsReported()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit(options => options.Scoring = null!);
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<JourneyKitOptions>>().Value);
        Assert.Equal("'Scoring' must not be null.", Assert.Single(e.Failures));
    }

    [Fact]
    public void AddKpiCalculator_IsUsedByTheScorer()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit().AddKpiCalculator<FixedCalculator>();
        using var provider = services.BuildServiceProvider();
        var map = TestMaps.Single([TestMaps.Tp("a")]) with { Kpis = [new Kpi { Id = "k", Name = "K", Calculator = "fixed", Target = 84 }] };

        var row = Assert.Single(provider.GetRequiredService<IJourneyScorer>().Score(map).Kpis);

        Assert.Equal(42, row.Value);
        Assert.Equal(0.5, row.Attainment);
    }

    [Fact]
    public void AddKpiCalculator_Instance()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit().AddKpiCalculator(new FixedCalculator()).AddKpiCalculator(new FixedCalculator());
        using var provider = services.BuildServiceProvider();
        Assert.Single(provider.GetServices<IKpiCalculator>(), c => c.Key == "fixed");
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddJourneyKit());
        Assert.Throws<ArgumentNullException>("services", () => new JourneyKitBuilder(null!));
        Assert.Throws<ArgumentNullException>("calculator", () => new ServiceCollection().AddJourneyKit().AddKpiCalculator(null!));
    }

    [Fact]
    public void Scorer_IsThreadSafe()
    {
        using var provider = new ServiceCollection().AddJourneyKit().Services.BuildServiceProvider();
        var scorer = provider.GetRequiredService<IJourneyScorer>();
        var expected = ScoreReportJson.Write(scorer.Score(TestMaps.Retail));
        var map = TestMaps.Retail;

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = ScoreReportJson.Write(scorer.Score(map)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}

internal static class ExceptionExtensions
{
    /// <summary>The exceptions a startup validator aggregates (it throws an AggregateException or the single one).</summary>
    public static IEnumerable<Exception> InnerExceptions(this Exception e) => e is AggregateException a ? a.InnerExceptions : [e];
}
