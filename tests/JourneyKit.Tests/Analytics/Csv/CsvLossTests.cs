using System.Text;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using JourneyKit.Monitoring;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

/// <summary>Issue 15 item 2: a stray quote, an over-long line, a non-ISO date and a non-UTF-8 byte each cost exactly one line.</summary>
public class CsvLossTests
{
    private const string Header = "customerId,touchpointId,timestamp\n";

    private static CsvAnalysisResult Analyze(byte[] bytes, int maxLineBytes = CsvBlockSource.DefaultMaxLineBytes, int parallelism = 2, bool strict = false) =>
        new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(bytes), new AnalyticsOptions { MaxDegreeOfParallelism = parallelism, MaxLineBytes = maxLineBytes, StopAtFirstProblem = strict });

    private static string GoodLines(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append('c').Append(i).Append(",a1,2026-01-31T12:00:00Z\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void QuoteLeftOpen_ThenAThousandGoodLines_CostsOneLine(int parallelism)
    {
        // The issue's case: the quote opened on line 2 is never closed.
        var text = Header + "\"cX,checkout,2026-01-31T12:00:00Z\n" + GoodLines(1_000);

        var result = Analyze(Encoding.UTF8.GetBytes(text), parallelism: parallelism);

        Assert.Equal(1_000, result.Report.Events);
        Assert.Equal(1, result.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.UnclosedQuote, result.FirstProblem!.Kind);
        Assert.Equal(2, result.FirstProblem.LineNumber);
        Assert.Equal("\"cX,checkout,2026-01-31T12:00:00Z", result.FirstProblem.Content);
    }

    [Fact]
    public void QuoteLeftOpen_ClosedByALaterQuoteIntoABadRecord_CostsOneLine()
    {
        // The stray quote on line 2 meets the quote of line 5: that "record" is malformed (text after its
        // closing quote), so it costs line 2 only and lines 3 to 5 are read as the lines they are.
        var text = Header + "\"cX,a1,2026-01-31T12:00:00Z\n" + GoodLines(2) + "c9,\"a1\",2026-01-31T12:00:00Z\n";

        var result = Analyze(Encoding.UTF8.GetBytes(text));

        Assert.Equal(3, result.Report.Events);
        Assert.Equal(1, result.Report.MalformedLines);
        Assert.Equal(2, result.FirstProblem!.LineNumber);
    }

    [Fact]
    public void QuoteLeftOpen_BeforeMoreThanABlockOfLines_CostsOneLine()
    {
        var text = Header + "\"c0,a1,2026-01-31T12:00:00Z\n" + GoodLines(150_000);

        var result = Analyze(Encoding.UTF8.GetBytes(text));

        Assert.Equal(150_000, result.Report.Events);
        Assert.Equal(1, result.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.UnclosedQuote, result.FirstProblem!.Kind);
        Assert.Equal(2, result.FirstProblem.LineNumber);
    }

    [Theory]
    [InlineData(5 << 20)] // longer than a block: its rest is skipped unread
    [InlineData(13 << 20)] // three blocks and more
    public void LineLongerThanTheLimit_IsOneMalformedLine(int length)
    {
        // Line 3 is one long customer id; its tail must not become an event of its own.
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header + GoodLines(1)));
        bytes.AddRange(Enumerable.Repeat((byte)'x', length));
        bytes.AddRange(",a1,2026-01-31T12:00:00Z\n"u8.ToArray());
        bytes.AddRange(Encoding.UTF8.GetBytes(GoodLines(3)));

        var result = Analyze([.. bytes]);

        Assert.Equal(4, result.Report.Events);
        Assert.Equal(1, result.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.LineTooLong, result.FirstProblem!.Kind);
        Assert.Equal(3, result.FirstProblem.LineNumber);
        Assert.Contains("4194304 bytes", result.FirstProblem.Message, StringComparison.Ordinal);
        Assert.Contains("MaxLineBytes", result.FirstProblem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineLimit_IsAnOption_CountingTheLineBreak()
    {
        // "c0,a1,2026-01-31T12:00:00Z\n" is 27 bytes: a limit of 27 takes it, 26 refuses it.
        var text = Header + GoodLines(1) + "c12345,a1,2026-01-31T12:00:00Z\n";

        Assert.Equal(1, Analyze(Encoding.UTF8.GetBytes(text), maxLineBytes: 27).Report.Events);
        var refused = Analyze(Encoding.UTF8.GetBytes(text), maxLineBytes: 26);
        Assert.Equal(0, refused.Report.Events);
        Assert.Equal(2, refused.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.LineTooLong, refused.FirstProblem!.Kind);
        Assert.Equal("the line is longer than 26 bytes, the line limit (raise MaxLineBytes, or --max-line-bytes on the command line)", refused.FirstProblem.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData((256 << 20) + 1)]
    public void LineLimit_OutOfRange_IsRefused(int maxLineBytes)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Analyze(Encoding.UTF8.GetBytes(Header), maxLineBytes: maxLineBytes));
        Assert.StartsWith("The CSV line limit (MaxLineBytes) must be between 1 and 268435456 bytes (256 MiB)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/31/2026 12:00:00 +00:00")]
    [InlineData("2026-01-31 12:00:00Z")]
    [InlineData("Sat, 31 Jan 2026 12:00:00 GMT")]
    public void TimestampNotIso8601_IsMalformed(string timestamp)
    {
        var text = Header + $"c1,a1,\"{timestamp}\"\n" + $"c1,a1,{timestamp.Replace(",", "", StringComparison.Ordinal)}\n" + GoodLines(1);

        var result = Analyze(Encoding.UTF8.GetBytes(text));

        Assert.Equal(1, result.Report.Events);
        Assert.Equal(2, result.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.UnreadableTimestamp, result.FirstProblem!.Kind);
    }

    [Fact]
    public void LineNotUtf8_IsMalformed()
    {
        // A Latin-1 'é' (0xE9) in an id, then an overlong '/' (0xC0 0xAF): each line is malformed, the rest read.
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header + GoodLines(1)));
        bytes.AddRange([(byte)'c', 0xE9, .. ",a1,2026-01-31T12:00:00Z\n"u8.ToArray()]);
        bytes.AddRange([(byte)'c', 0xC0, 0xAF, .. ",a1,2026-01-31T12:00:00Z\n"u8.ToArray()]);
        bytes.AddRange(Encoding.UTF8.GetBytes("cé,a1,2026-01-31T12:00:00Z\n"));

        var result = Analyze([.. bytes]);

        Assert.Equal(2, result.Report.Events);
        Assert.Equal(2, result.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.InvalidUtf8, result.FirstProblem!.Kind);
        Assert.Equal(3, result.FirstProblem.LineNumber);
        Assert.StartsWith("the line is not valid UTF-8", result.FirstProblem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderErrors_ShowCarriageReturnsAndByteOrderMarksVisibly()
    {
        // CR-only line breaks make one long header; a second BOM hides inside the first name.
        var cr = Assert.Throws<JourneyCsvException>(() => Analyze(Encoding.UTF8.GetBytes("customerId,touchpointId,timestamp\rc1,a1,2026-01-31T12:00:00Z\r")));
        Assert.Equal(
            "line 1: the header has no 'timestamp' column (found: 'customerId', 'touchpointId', 'timestamp\\rc1', 'a1', '2026-01-31T12:00:00Z'); the header must name the columns customerId, touchpointId and timestamp, in any order (a \\r inside a name: are the lines ended by CR alone? Use LF or CRLF).",
            cr.Message);

        var bom = Assert.Throws<JourneyCsvException>(() => Analyze([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\uFEFFcustomerId,touchpointId,timestamp\n")]));
        Assert.Equal(
            "line 1: the header has no 'customerId' column (found: 'U+FEFFcustomerId', 'touchpointId', 'timestamp'); the header must name the columns customerId, touchpointId and timestamp, in any order (U+FEFF is a byte order mark inside the text: save the file as UTF-8 with one BOM at most, at its start).",
            bom.Message);
    }

    [Fact]
    public void Answers_QuoteLeftOpenAndLongLine_CostOneLineEach()
    {
        var text = new StringBuilder("timestamp,touchpointId,metric,rating\n");
        text.Append("\"2026-01-20T08:00:00Z,").Append(TouchpointIds[0]).Append(",csat,5\n");
        text.Append(new string('x', 5 << 20)).Append('\n');
        for (var i = 0; i < 10; i++)
        {
            text.Append("2026-01-20T08:00:00Z,").Append(TouchpointIds[0]).Append(",csat,5\n");
        }

        var accumulator = SurveyMonitor.ReadCsv(Map, new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(10, accumulator.Answers);
        Assert.Equal(2, accumulator.MalformedLines);
        Assert.Equal(2, accumulator.FirstProblem!.LineNumber);
    }
}
