using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using static JourneyKit.Tests.Analytics.AnalyticsTestData;

namespace JourneyKit.Tests.Analytics;

public class CsvAnalysisTests
{
    private static CsvAnalysisResult AnalyzeCsv(string text, bool strict = false, int parallelism = 2, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return new JourneyAnalyzer().AnalyzeCsv(Map, new MemoryStream(bytes), new AnalyticsOptions { StopAtFirstProblem = strict, MaxDegreeOfParallelism = parallelism });
    }

    [Fact]
    public void AnalyzeCsv_HeaderByNameWithExtraColumnsBomAndCrlf_ReadsTheEvents()
    {
        const string text = "note,Timestamp,touchpointId,customerId\r\n"
            + "x,2026-01-31T12:00:00Z,a1,c1\r\n"
            + "\"y, with comma\",2026-01-31T14:01:00+02:00,b1,c1\r\n"
            + "z,2026-01-31T12:00:30.5Z,\"a1\",\"c\"\"2\"\r\n";

        var result = AnalyzeCsv(text, bom: true);
        var report = result.Report;

        Assert.Null(result.FirstProblem);
        Assert.Equal(3, report.Events);
        Assert.Equal(2, report.Customers);
        Assert.Equal([2L, 1, 0, 0], report.Stages.Select(s => s.Reach));
        Assert.Equal(60.0, report.Stages[1].MedianSecondsFromPrevious);
        Assert.Equal(1.0, report.CustomerInitiatedShare);
    }

    [Fact]
    public void AnalyzeCsv_QuotedCustomerIds_AreUnescapedBeforeComparison()
    {
        // "c""2" and c"2 written quoted are the same customer; a quoted id with a line break is an id too.
        const string text = "customerId,touchpointId,timestamp\n"
            + "\"c\"\"2\",a1,2026-01-31T12:00:00Z\n"
            + "\"c\"\"2\",b1,2026-01-31T12:00:10Z\n"
            + "\"multi\nline\",a1,2026-01-31T12:00:00Z\n";

        var report = AnalyzeCsv(text).Report;

        Assert.Equal(2, report.Customers);
        Assert.Equal(1, report.Stages[1].Funnel);
    }

    [Fact]
    public void AnalyzeCsv_MalformedLines_AreCountedAndTheFirstIsNamed()
    {
        const string text = "customerId,touchpointId,timestamp\n" // 1
            + "c1,a1,2026-01-31T12:00:00Z\n"                       // 2
            + "\n"                                                 // 3 blank: skipped, not counted
            + "c1,a1\n"                                            // 4 wrong column count
            + ",a1,2026-01-31T12:00:00Z\n"                         // 5 empty customer
            + "c1,,2026-01-31T12:00:00Z\n"                         // 6 empty touchpoint
            + "c1,a1,31/01/2026\n"                                 // 7 unreadable time
            + "c1,a1,2026-01-31T12:00:00\n"                        // 8 no offset
            + "c\"1,a1,2026-01-31T12:00:00Z\n"                     // 9 stray quote
            + "c2,nope,2026-01-31T12:00:00Z\n"                     // 10 unknown touchpoint (well formed)
            + "c1,b1,2026-01-31T12:00:01Z";                        // 11 no final line break

        var result = AnalyzeCsv(text);

        Assert.Equal(3, result.Report.Events);
        Assert.Equal(6, result.Report.MalformedLines);
        Assert.Equal(1, result.Report.UnknownTouchpointEvents);
        Assert.Equal(1, result.Report.Customers);
        Assert.Equal(new CsvProblem(4, CsvProblemKind.WrongColumnCount, "2 fields where the header has 3", "c1,a1"), result.FirstProblem);
        Assert.False(result.Stopped);
    }

    [Theory]
    [InlineData("c1,a1,2026-01-31T12:00:00Z\n\"c2,a1,2026-01-31T12:00:00Z\n", 3, CsvProblemKind.UnclosedQuote)]
    [InlineData("c1,a1,2026-01-31T12:00:00Z\n\"c2\"x,a1,2026-01-31T12:00:00Z\n", 3, CsvProblemKind.TextAfterClosingQuote)]
    [InlineData("c1,zzz,2026-01-31T12:00:00Z\nc2,a1,bad\n", 2, CsvProblemKind.UnknownTouchpoint)]
    [InlineData("c1,a1,2026-01-31T12:00:00Z\n,a1,2026-01-31T12:00:00Z\n", 3, CsvProblemKind.EmptyCustomerId)]
    public void AnalyzeCsv_Strict_StopsAtTheFirstProblem(string lines, long line, CsvProblemKind kind)
    {
        var result = AnalyzeCsv("customerId,touchpointId,timestamp\n" + lines, strict: true);

        Assert.True(result.Stopped);
        Assert.Equal(line, result.FirstProblem!.LineNumber);
        Assert.Equal(kind, result.FirstProblem.Kind);
    }

    [Fact]
    public void AnalyzeCsv_Problem_ContentIsOneLineOfAtMost200Characters()
    {
        var longLine = "c1,a1," + new string('9', 500);
        var result = AnalyzeCsv($"customerId,touchpointId,timestamp\n\"a\nb\",a1\n{longLine}\n");

        // A malformed record spanning lines costs (and shows) its first line only; reading goes on at the next.
        Assert.Equal(@"""a", result.FirstProblem!.Content);
        Assert.Equal(3, result.Report.MalformedLines);
        Assert.Equal(2, result.FirstProblem.LineNumber);

        var second = AnalyzeCsv($"customerId,touchpointId,timestamp\n{longLine}\n").FirstProblem!;
        Assert.Equal(201, second.Content.Length);
        Assert.EndsWith("…", second.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "no header line")]
    [InlineData("\n\n", "no header line")]
    [InlineData("customerId,touchpointId\nc1,a1\n", "no 'timestamp' column")]
    [InlineData("customer,touchpoint,time\n", "no 'customerId' or 'touchpointId' or 'timestamp' column")]
    [InlineData("customerId,touchpointId,timestamp,CUSTOMERID\n", "names the column 'customerId' twice")]
    public void AnalyzeCsv_UnusableHeader_Throws(string text, string expected)
    {
        var e = Assert.Throws<JourneyCsvException>(() => AnalyzeCsv(text));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeCsv_HeaderOnly_GivesAnEmptyReport()
    {
        var report = AnalyzeCsv("customerId,touchpointId,timestamp").Report;

        Assert.Equal(0, report.Events);
        Assert.Equal(4, report.Stages.Count);
    }

    [Fact]
    public void AnalyzeCsv_ManyBlocks_GivesTheInMemoryReportAndExactLineNumbers()
    {
        // About 14 MiB: several 4 MiB blocks, quoted fields with line breaks across the cuts, problems late in the file.
        var random = new Random(7);
        var events = new List<JourneyEvent>();
        var text = new StringBuilder("timestamp,customerId,touchpointId\n");
        var line = 2L;
        var problemLines = new List<long>();
        for (var i = 0; i < 250_000; i++)
        {
            var customer = $"cust-{random.Next(40_000)}";
            var quoted = i % 1000 == 0;
            var e = E(quoted ? customer + "\nx" : customer, TouchpointIds[random.Next(5)], random.Next(100_000));
            events.Add(e);
            var id = quoted ? $"\"{e.CustomerId}\"" : e.CustomerId;
            text.Append(e.Timestamp.ToOffset(TimeSpan.FromHours(random.Next(-5, 6))).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)).Append(',').Append(id).Append(',').Append(e.TouchpointId).Append('\n');
            line += quoted ? 2 : 1;
            if (i % 40_000 == 39_999)
            {
                problemLines.Add(line);
                text.Append("broken line\n");
                line++;
            }
        }

        var expected = Json(Analyze(events));
        foreach (var parallelism in new[] { 1, 2, 3 })
        {
            var result = AnalyzeCsv(text.ToString(), parallelism: parallelism);
            Assert.Equal(expected.Replace("\"malformedLines\": 0", $"\"malformedLines\": {problemLines.Count}", StringComparison.Ordinal), Json(result.Report));
            Assert.Equal(problemLines[0], result.FirstProblem!.LineNumber);
        }

        // Strict mode names the first problem even though later blocks may be read first.
        var strict = AnalyzeCsv(text.ToString(), strict: true);
        Assert.Equal(problemLines[0], strict.FirstProblem!.LineNumber);
        Assert.Equal("broken line", strict.FirstProblem.Content);
    }

    [Fact]
    public void AnalyzeCsv_QuoteLeftOpen_DoesNotSwallowTheRestOfTheFile()
    {
        // An opening quote that is never closed, followed by more than a block of good lines.
        var text = new StringBuilder("customerId,touchpointId,timestamp\n\"c0,a1,2026-01-31T12:00:00Z\n");
        for (var i = 0; i < 150_000; i++)
        {
            text.Append("c").Append(i).Append(",a1,2026-01-31T12:00:00Z\n");
        }

        var result = AnalyzeCsv(text.ToString());

        Assert.Equal(150_000, result.Report.Events);
        Assert.Equal(1, result.Report.MalformedLines);
        Assert.Equal(CsvProblemKind.UnclosedQuote, result.FirstProblem!.Kind);
        Assert.Equal(2, result.FirstProblem.LineNumber);
    }

    [Fact]
    public void AnalyzeCsv_AnyEventsWrittenAnyWay_GiveTheInMemoryReport()
    {
        var gen =
            from events in Gen.ArrayOf(
                from c in Gen.Choose(0, 9)
                from t in Gen.Choose(0, 5)
                from s in Gen.Choose(0, 20)
                from o in Gen.Choose(-12, 14)
                select new JourneyEvent($"c{c}", t == 5 ? "zz" : TouchpointIds[t], T0.AddSeconds(s).ToOffset(TimeSpan.FromHours(o))))
            from crlf in Gen.Elements(false, true)
            from quote in Gen.Elements(false, true)
            from bom in Gen.Elements(false, true)
            select (events, crlf, quote, bom);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (events, crlf, quote, bom) = input;
            var newline = crlf ? "\r\n" : "\n";
            string Q(string s) => quote ? $"\"{s}\"" : s;
            var text = "extra,touchpointId,customerId,timestamp" + newline + string.Concat(events.Select(e =>
                $"{(quote ? "\"x,y\"" : "xy")},{Q(e.TouchpointId)},{Q(e.CustomerId)},{Q(e.Timestamp.ToString("o", CultureInfo.InvariantCulture))}{newline}"));
            return Json(AnalyzeCsv(text, bom: bom).Report) == Json(Analyze(events));
        }));
    }
}
