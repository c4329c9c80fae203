using System.Text;
using System.Text.Json;
using JourneyKit.Analytics;
using JourneyKit.Model;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

public class AnalyticsReportJsonTests
{
    private static JourneyAnalyticsReport Report() =>
        Analyze([E("c1", "a1", 0), E("c1", "b1", 30), E("c2", "a2", 5), E("c2", "zzz", 6), E("c3", "a1", 1), E("c3", "c1", 2)]);

    [Fact]
    public void Write_IsTheContextsIndentedDocumentEndingWithANewline()
    {
        // The shape `journeykit analyze --format json` printed before the facade: the context's text, then a line break.
        var report = Report();
        var expected = JsonSerializer.Serialize(report, AnalyticsJsonContext.Default.JourneyAnalyticsReport) + "\n";
        Assert.Equal(expected, AnalyticsReportJson.Write(report));
        Assert.Contains("\n  \"mapId\": \"test-map\",", expected, StringComparison.Ordinal);
        Assert.Contains("\"customerInitiatedShare\":", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Stream_WritesTheSameBytes()
    {
        var report = Report();
        using var stream = new MemoryStream();
        AnalyticsReportJson.Write(report, stream);
        Assert.Equal(AnalyticsReportJson.Write(report), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Read_RoundTrips()
    {
        var text = AnalyticsReportJson.Write(Report());
        Assert.Equal(text, AnalyticsReportJson.Write(AnalyticsReportJson.Read(text)));
    }

    [Fact]
    public void Read_NotAReport_Throws()
    {
        Assert.Throws<JourneyFormatException>(() => AnalyticsReportJson.Read("null"));
        Assert.Throws<JourneyFormatException>(() => AnalyticsReportJson.Read("{\"mapId\": 3}"));
    }

    [Fact]
    public void Arguments_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>("report", () => AnalyticsReportJson.Write(null!));
        Assert.Throws<ArgumentNullException>("report", () => AnalyticsReportJson.Write(null!, Stream.Null));
        Assert.Throws<ArgumentNullException>("utf8Json", () => AnalyticsReportJson.Write(Report(), null!));
        Assert.Throws<ArgumentNullException>("json", () => AnalyticsReportJson.Read(null!));
    }
}
