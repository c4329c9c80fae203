using System.Text;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using JourneyKit.Monitoring;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics.Csv;

/// <summary>The first five malformed lines are kept by line number, across blocks read in parallel (issue 15, item 9).</summary>
public class MalformedLinesTests
{
    [Fact]
    public void AnalyzeCsv_KeepsTheFirstFiveMalformedLines_ByLineNumber_AcrossParallelBlocks()
    {
        // About 14 MB: four 4 MiB blocks read by two workers. Malformed lines in every block, the file's first five being
        // two near the start and the first three of the second block; unknown touchpoints are not malformed.
        const int lines = 480_000;
        int[] malformed = [20, 90_000, 150_000, 150_001, 150_002, 150_500, 300_000, 460_000];
        var bad = malformed.ToHashSet();
        var text = new StringBuilder("customerId,touchpointId,timestamp\n", lines * 32);
        for (var line = 2; line <= lines; line++)
        {
            text.Append(bad.Contains(line) ? $"c{line},a1,not-a-time-{line}\n"
                : line == 10 ? "c10,zz,2026-01-31T12:00:00Z\n"
                : $"c{line % 5000},a1,2026-01-31T12:00:00Z\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.True(bytes.Length > 3 * CsvBlockSource.BlockSize);

        var result = new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(bytes), new AnalyticsOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(8, result.Report.MalformedLines);
        Assert.Equal([20L, 90_000, 150_000, 150_001, 150_002], result.FirstMalformedLines.Select(static p => p.LineNumber));
        Assert.All(result.FirstMalformedLines, p => Assert.Equal(CsvProblemKind.UnreadableTimestamp, p.Kind));
        Assert.Equal("c20,a1,not-a-time-20", result.FirstMalformedLines[0].Content);
        Assert.Equal(10, result.FirstProblem!.LineNumber); // the unknown touchpoint is still the first problem
    }

    [Fact]
    public void AnalyzeCsv_WithoutMalformedLines_KeepsNone()
    {
        var csv = "customerId,touchpointId,timestamp\nc1,a1,2026-01-31T12:00:00Z\nc1,zz,2026-01-31T12:00:00Z\n";

        var result = new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Empty(result.FirstMalformedLines);
        Assert.NotNull(result.FirstProblem);
    }

    [Fact]
    public void SurveyMonitor_KeepsTheFirstFiveMalformedLines_InLineOrder()
    {
        var csv = new StringBuilder("timestamp,touchpointId,metric,rating\n");
        for (var i = 0; i < 8; i++)
        {
            csv.Append("2026-01-05T10:00:00Z,a1,nps,9\n").Append("2026-01-05T10:00:00Z,zz,nps,9\n").Append($"2026-01-05T10:00:00Z,a1,nps,{11 + i}\n");
        }

        var accumulator = SurveyMonitor.ReadCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));

        Assert.Equal(8, accumulator.MalformedLines);
        Assert.Equal([4L, 7, 10, 13, 16], accumulator.FirstMalformedLines.Select(static p => p.LineNumber));
        Assert.Equal("2026-01-05T10:00:00Z,a1,nps,11", accumulator.FirstMalformedLines[0].Content);
        Assert.Equal(3, accumulator.FirstProblem!.LineNumber); // the unknown touchpoint
    }
}
