using System.Text;
using JourneyKit.Csv;
using JourneyKit.Monitoring;
using static JourneyKit.Tests.Monitoring.MonitoringTestData;

namespace JourneyKit.Tests.Monitoring;

public class SurveyAnswerCsvTests
{
    private const string Csv =
        "rating,source,metric,timestamp,touchpointId\n" +
        "10,web,nps,2026-01-05T09:00:00Z,cart\n" +
        "\"10\",web,\"nps\",2026-01-06T09:00:00Z,\"cart\"\n" +
        "0,app,nps,2026-01-11T23:59:59Z,cart\n" +
        "2,web,ces,2026-01-05T00:00:00Z,payment\n" +
        "4,web,ces,2026-01-07T10:00:00+02:00,payment\n" +
        "\n" +
        "5,web,ces,2026-01-19T08:00:00Z,payment\n" +
        "7,web,ces,2026-01-25T23:00:00Z,payment\n" +
        "5,web,csat,2026-01-20T08:00:00Z,gift-wrap\n" +
        "4.0,web,csat,2026-01-20T08:00:00Z,cart\n" +     // line 11: a fraction
        "11,web,nps,2026-01-20T08:00:00Z,cart\n" +       // out of range
        "0,web,csat,2026-01-20T08:00:00Z,cart\n" +       // out of range
        "-1,web,nps,2026-01-20T08:00:00Z,cart\n" +       // a sign
        "4,web,NPS,2026-01-20T08:00:00Z,cart\n" +        // not lowercase
        "4,web,nps,2026-01-20T08:00:00,cart\n" +         // no offset
        "4,web,nps,2026-01-20T08:00:00Z,\n" +            // empty touchpoint
        "4,web,nps,2026-01-20T08:00:00Z\n";              // a field short

    [Fact]
    public void ReadCsv_FoldsLikeTheSameAnswersInMemory_AndCountsMalformedLines()
    {
        var fromCsvAccumulator = SurveyMonitor.ReadCsv(Map(), Stream(Csv));
        var fromCsv = fromCsvAccumulator.ToReport();
        var inMemory = SurveyMonitor.Report(Map(), HandExample());

        Assert.Equal(8, fromCsv.MalformedLines);
        Assert.Equal((10L, CsvProblemKind.UnknownTouchpoint), (fromCsvAccumulator.FirstProblem!.LineNumber, fromCsvAccumulator.FirstProblem.Kind));
        Assert.Equal(8, fromCsv.Answers);
        Assert.Equal(1, fromCsv.UnknownTouchpointAnswers);
        Assert.Equal(inMemory with { MalformedLines = 8 }, fromCsv);
    }

    [Theory]
    [InlineData("4.0,web,csat,2026-01-20T08:00:00Z,cart", "the csat rating '4.0' is not an integer in 1..5 (written without a fraction)")]
    [InlineData("11,web,nps,2026-01-20T08:00:00Z,cart", "the nps rating '11' is not an integer in 0..10")]
    [InlineData("4,web,NPS,2026-01-20T08:00:00Z,cart", "the metric 'NPS' is not nps, csat or ces (lowercase)")]
    [InlineData("4,web,nps,2026-01-20T08:00:00,cart", "the timestamp '2026-01-20T08:00:00' is not an ISO 8601 time with an offset or Z")]
    [InlineData("4,web,nps,2026-01-20T08:00:00Z,", "the touchpointId is empty")]
    [InlineData("4,web,nps,2026-01-20T08:00:00Z", "4 fields where the header has 5")]
    [InlineData("5,web,csat,2026-01-20T08:00:00Z,gift-wrap", "the touchpoint 'gift-wrap' is not in the map 'shop'")]
    public void Strict_NamesTheFirstBadLine(string bad, string expected)
    {
        var text = "rating,source,metric,timestamp,touchpointId\n10,web,nps,2026-01-05T09:00:00Z,cart\n" + bad + "\n" + "x,web,nps,2026-01-05T09:00:00Z,cart\n";

        var accumulator = SurveyMonitor.ReadCsv(Map(), Stream(text), new MonitoringOptions { Strict = true });

        var problem = accumulator.FirstProblem!;
        Assert.Equal(3, problem.LineNumber);
        Assert.StartsWith(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(bad, problem.Content);
        Assert.Equal(0, accumulator.MalformedLines - (problem.Kind == CsvProblemKind.UnknownTouchpoint ? 0 : 1)); // stopped: line 4 not read
    }

    [Fact]
    public void Header_MissingAColumn_IsRefusedNamingIt()
    {
        var e = Assert.Throws<JourneyCsvException>(() => SurveyMonitor.ReadCsv(Map(), Stream("timestamp,touchpointId,rating\n")));

        Assert.Contains("metric", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SinceUntil_ApplyToCsvLines_MalformedLinesCountedWherever()
    {
        var options = new MonitoringOptions { Since = new DateTimeOffset(2026, 1, 19, 0, 0, 0, TimeSpan.Zero) };

        var report = SurveyMonitor.ReadCsv(Map(), Stream(Csv), options).ToReport();

        Assert.Equal(3, report.Answers); // two payment ces and the unknown gift-wrap
        Assert.Equal(8, report.MalformedLines);
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
