using System.Text.Json;
using JourneyKit.Metrics;

namespace JourneyKit.Tests.Metrics;

public class SurveyEstimateTests
{
    [Fact]
    public void Serialize_HasTheDesignsFieldNames()
    {
        var json = JsonSerializer.Serialize(new SurveyEstimate(23.5, 10.25, 36.75, 150));

        Assert.Equal("""{"value":23.5,"low":10.25,"high":36.75,"n":150}""", json);
    }

    [Fact]
    public void Z95_IsTheDesignsZ()
    {
        Assert.Equal(1.959964, SurveyStatistics.Z95);
    }
}
