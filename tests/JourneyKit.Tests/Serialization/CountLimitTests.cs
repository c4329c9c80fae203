using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

/// <summary>Issue 15 item 7: the reader's count limits, each accepted at its value and refused one past it with the option named.</summary>
public class CountLimitTests
{
    private static string Map(int personas = 1, int stages = 1, int touchpointsPerStage = 1, int measurements = 0)
    {
        var p = string.Join(",", Enumerable.Range(0, personas).Select(i => $"{{\"id\":\"p{i}\",\"name\":\"P\"}}"));
        var s = string.Join(",", Enumerable.Range(0, stages).Select(i =>
            $"{{\"id\":\"s{i}\",\"name\":\"S\",\"touchpoints\":[{string.Join(",", Enumerable.Range(0, touchpointsPerStage).Select(j => $"{{\"id\":\"t{i}-{j}\",\"name\":\"T\"}}"))}]}}"));
        var m = string.Join(",", Enumerable.Range(0, measurements).Select(i => $"{{\"at\":\"2026-01-01T00:00:00Z\",\"value\":{i}}}"));
        return $"{{\"schemaVersion\":\"1.0\",\"id\":\"m\",\"name\":\"M\",\"personas\":[{p}],\"stages\":[{s}],\"kpis\":[{{\"id\":\"k\",\"name\":\"K\",\"measurements\":[{m}]}}]}}";
    }

    public static TheoryData<string, JourneySerializerOptions, string> AtTheLimit() => new()
    {
        { Map(personas: 3), new JourneySerializerOptions { MaxPersonas = 3 }, "personas" },
        { Map(stages: 3), new JourneySerializerOptions { MaxStages = 3 }, "stages" },
        { Map(stages: 2, touchpointsPerStage: 2), new JourneySerializerOptions { MaxTouchpoints = 4 }, "touchpoints" },
        { Map(measurements: 3), new JourneySerializerOptions { MaxMeasurements = 3 }, "measurements" },
    };

    [Theory]
    [MemberData(nameof(AtTheLimit))]
    public void Read_AtTheLimit_IsAccepted(string json, JourneySerializerOptions options, string what)
    {
        Assert.NotNull(what);
        Assert.Equal("m", new JourneySerializer(options).Read(json).Id);
    }

    [Fact]
    public void Read_OnePersonaTooMany_NamesTheLimitAndTheOption() =>
        Assert.Equal(
            "$.personas: the map has 4 personas, more than the 3 this reader accepts (raise JourneySerializerOptions.MaxPersonas to accept more).",
            Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxPersonas = 3 }).Read(Map(personas: 4))).Message);

    [Fact]
    public void Read_OneStageTooMany_NamesTheLimitAndTheOption() =>
        Assert.Equal(
            "$.stages: the map has 4 stages, more than the 3 this reader accepts (raise JourneySerializerOptions.MaxStages to accept more).",
            Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxStages = 3 }).Read(Map(stages: 4))).Message);

    [Fact]
    public void Read_OneTouchpointTooMany_CountsOverEveryStage() =>
        Assert.Equal(
            "$.stages: the map has 6 touchpoints over all its stages, more than the 5 this reader accepts (raise JourneySerializerOptions.MaxTouchpoints to accept more).",
            Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxTouchpoints = 5 }).Read(Map(stages: 3, touchpointsPerStage: 2))).Message);

    [Fact]
    public void Read_OneMeasurementTooMany_NamesTheLimitAndTheOption() =>
        Assert.Equal(
            "$.kpis: the map has 4 KPI measurements over all its KPIs, more than the 3 this reader accepts (raise JourneySerializerOptions.MaxMeasurements to accept more).",
            Assert.Throws<JourneyFormatException>(() => new JourneySerializer(new JourneySerializerOptions { MaxMeasurements = 3 }).Read(Map(measurements: 4))).Message);

    [Fact]
    public void Options_Defaults_AndRanges()
    {
        var options = new JourneySerializerOptions();
        Assert.Equal((1_000, 1_000, 1_000_000, 1_000_000), (options.MaxPersonas, options.MaxStages, options.MaxTouchpoints, options.MaxMeasurements));
        Assert.Throws<ArgumentOutOfRangeException>("MaxPersonas", () => new JourneySerializerOptions { MaxPersonas = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("MaxStages", () => new JourneySerializerOptions { MaxStages = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("MaxTouchpoints", () => new JourneySerializerOptions { MaxTouchpoints = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("MaxMeasurements", () => new JourneySerializerOptions { MaxMeasurements = 0 });
    }

    [Fact]
    public void Services_PassTheLimitsToTheRegisteredSerializer()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.JourneyKitServiceCollectionExtensions.AddJourneyKit(services, o => o.Serializer.MaxStages = 2);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var serializer = (IJourneySerializer)provider.GetService(typeof(IJourneySerializer))!;

        Assert.Throws<JourneyFormatException>(() => serializer.Read(Map(stages: 3)));
    }
}
