using System.Text;
using JourneyKit.Analytics;
using JourneyKit.Rendering;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

public class AnalyticsOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new AnalyticsOptions();
        Assert.Equal(EventOrder.Any, options.Order);
        Assert.Equal(Environment.ProcessorCount, options.MaxDegreeOfParallelism);
        Assert.False(options.StopAtFirstProblem);
        Assert.Null(options.Progress);
        Assert.Null(new RenderOptions().PersonaId);
    }

    [Fact]
    public void OneInstance_ChangedBetweenCalls_IsReadAfreshByEachCall()
    {
        var csv = Encoding.UTF8.GetBytes("customerId,touchpointId,timestamp\nc1,a1,not a time\nc1,a1,2026-01-31T12:00:00Z\n");
        var options = new AnalyticsOptions { StopAtFirstProblem = true };
        var analyzer = new JourneyAnalyzer();

        var strict = analyzer.AnalyzeCsv(Map, new MemoryStream(csv), options);
        options.StopAtFirstProblem = false;
        var lenient = analyzer.AnalyzeCsv(Map, new MemoryStream(csv), options);

        Assert.True(strict.Stopped);
        Assert.Equal(0, strict.Report.Events);
        Assert.False(lenient.Stopped);
        Assert.Equal(1, lenient.Report.Events);
    }
}
