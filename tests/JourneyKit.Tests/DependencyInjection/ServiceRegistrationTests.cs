using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.Kpis;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Serialization;
using JourneyKit.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyKit.Tests.DependencyInjection;

/// <summary>The services of every namespace are registered by AddJourneyKit and configured by its options.</summary>
public class ServiceRegistrationTests
{
    private sealed class CustomCalculator : IKpiCalculator
    {
        public string Key => "custom";

        public double? Calculate(KpiContext context) => 1;
    }

    private static JourneyMap MapWithKpi(string calculator) => new()
    {
        Id = "m",
        Name = "M",
        Stages = [new Stage { Id = "s", Name = "S", Touchpoints = [new Touchpoint { Id = "t", Name = "T", Emotion = 1 }] }],
        Kpis = [new Kpi { Id = "k", Name = "K", Calculator = calculator }],
    };

    [Fact]
    public void AddJourneyKit_RegistersEveryService_AsSingletons()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit();
        services.AddJourneyKit();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<JourneySerializer>(provider.GetRequiredService<IJourneySerializer>());
        Assert.IsType<JourneyValidator>(provider.GetRequiredService<IJourneyValidator>());
        Assert.IsType<JourneyComparer>(provider.GetRequiredService<IJourneyComparer>());
        Assert.IsType<JourneyRenderer>(provider.GetRequiredService<IJourneyRenderer>());
        Assert.IsType<JourneyAnalyzer>(provider.GetRequiredService<IJourneyAnalyzer>());
        Assert.Same(provider.GetRequiredService<IJourneyValidator>(), provider.GetRequiredService<IJourneyValidator>());
        Assert.Single(services, d => d.ServiceType == typeof(IJourneySerializer));
        Assert.Single(services, d => d.ServiceType == typeof(IJourneyValidator));
        Assert.Single(services, d => d.ServiceType == typeof(IJourneyComparer));
        Assert.Single(services, d => d.ServiceType == typeof(IJourneyRenderer));
        Assert.Single(services, d => d.ServiceType == typeof(IJourneyAnalyzer));
    }

    [Fact]
    public void Validator_KnowsTheKeysOfRegisteredCalculators()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit().AddKpiCalculator<CustomCalculator>();
        using var provider = services.BuildServiceProvider();
        var validator = provider.GetRequiredService<IJourneyValidator>();

        Assert.True(validator.Validate(MapWithKpi("custom")).IsValid);
        var error = Assert.Single(validator.Validate(MapWithKpi("nobody")).Errors);
        Assert.Equal("$.kpis[0].calculator", error.Path);
        Assert.Contains("custom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_WithoutTheCalculator_RefusesItsKey()
    {
        using var provider = new ServiceCollection().AddJourneyKit().Services.BuildServiceProvider();

        Assert.False(provider.GetRequiredService<IJourneyValidator>().Validate(MapWithKpi("custom")).IsValid);
    }

    [Fact]
    public void SerializerOptions_ReachTheRegisteredSerializer()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit(options => options.Serializer.MaxDepth = 3);
        using var provider = services.BuildServiceProvider();
        var serializer = provider.GetRequiredService<IJourneySerializer>();
        const string Deep = """{ "schemaVersion": "1.0", "id": "m", "name": "M", "stages": [], "x": { "y": { "z": {} } } }""";

        Assert.Throws<JourneyFormatException>(() => serializer.Read(Deep));
        Assert.Equal("m", new JourneySerializer().Read(Deep).Id);
    }
}
