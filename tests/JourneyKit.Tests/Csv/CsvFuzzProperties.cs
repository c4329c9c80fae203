using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using JourneyKit.Model;
using JourneyKit.Monitoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Csv;

/// <summary>
/// Issue 15 item 6 for the CSV readers: the shipped events and answers files, mutated
/// (<see cref="Mutations"/>: flips, truncation, splices, invalid UTF-8, BOMs, …). Law: the events
/// reader (<see cref="JourneyAnalyzer.AnalyzeCsv"/>) and the answers reader
/// (<see cref="SurveyMonitor.ReadCsv"/>) either report (counting what they could not use) or refuse
/// with <see cref="JourneyCsvException"/> (or, for a report over too many periods, <see cref="PeriodLimitException"/>);
/// nothing else, within the timeout.
/// </summary>
public sealed class CsvFuzzProperties
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly JourneyMap Map = new JourneySerializer().ReadFile(RepositoryRoot.Combine("docs", "examples", "online-retail.json"));

    private static readonly byte[][] Events = [File.ReadAllBytes(RepositoryRoot.Combine("docs", "examples", "online-retail-events.csv"))];

    private static readonly byte[][] Answers = [File.ReadAllBytes(RepositoryRoot.Combine("docs", "examples", "online-retail-answers.csv"))];

    private static readonly JourneyAnalyzer Analyzer = new();

    [Fact]
    public void MutatedEvents_AreAnalysedOrRefusedWithTheCsvException() =>
        Run(Events, bytes =>
        {
            using var stream = new MemoryStream(bytes);
            var result = Analyzer.AnalyzeCsv(Map, stream);
            Assert.True(result.Report.MalformedLines >= 0);
        });

    [Fact]
    public void MutatedEvents_WithEveryOption_AreAnalysedOrRefusedWithTheCsvException() =>
        Run(Events, bytes =>
        {
            // The breakdown names the file's extra column, so a mutated header meets its refusal too (the campaign's finding).
            using var stream = new MemoryStream(bytes);
            var result = Analyzer.AnalyzeCsv(Map, stream, EveryOption);
            Assert.Equal(result.Report.Customers, result.Report.Breakdown!.Groups.Sum(g => g.Customers));
        });

    [Fact]
    public void Regression_ALineBreakInAQuotedHeaderName_StaysOnOneLineInTheBreakdownRefusal()
    {
        // Found by the coverage-guided campaign (docs/reliability.md): a splice put a quoted field with line breaks and a
        // byte that is not UTF-8 into the header, and the breakdown's refusal quoted it raw, over several lines.
        byte[] csv = [.. "timestamp,customerId,touchpointId,\"chan\n2026-03-18T17:43:00Z,c"u8, 0xFF, .. "\"\nx\n"u8];

        var e = Assert.Throws<JourneyCsvException>(() => Analyzer.AnalyzeCsv(Map, new MemoryStream(csv), EveryOption));

        Assert.Equal(
            "the header has no 'channel' column to break down by (found: 'timestamp', 'customerId', 'touchpointId', 'chan\\n2026-03-18T17:43:00Z,cU+FFFD'); name one of the header's columns, matched ignoring case.",
            e.Message);
    }

    private static readonly AnalyticsOptions EveryOption = new()
    {
        Window = TimeSpan.FromDays(7),
        Breakdown = "channel",
        CohortPeriod = CohortPeriod.Week,
        CollectCustomers = true,
    };

    [Fact]
    public void MutatedAnswers_AreTalliedOrRefusedWithTheCsvException() =>
        Run(Answers, bytes =>
        {
            using var stream = new MemoryStream(bytes);
            Assert.NotNull(SurveyMonitor.ReadCsv(Map, stream).ToReport());
        });

    private static void Run(byte[][] files, Action<byte[]> read)
    {
        var refused = 0;
        var read_ = 0;
        var property = Prop.ForAll(Mutations.Bytes(files).ToArbitrary(), mutation =>
        {
            var work = Task.Run(() =>
            {
                try
                {
                    read(mutation.Bytes);
                    Interlocked.Increment(ref read_);
                }
                catch (Exception e) when (e is JourneyCsvException or PeriodLimitException)
                {
                    Assert.DoesNotContain('\n', e.Message);
                    Interlocked.Increment(ref refused);
                }
            });
            if (!work.Wait(Timeout))
            {
                throw new TimeoutException($"{mutation.How}: still running after {Timeout.TotalSeconds} s");
            }

            if (work.Exception is { } failure)
            {
                throw new InvalidOperationException($"{mutation.How}: {failure.InnerException}", failure.InnerException);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Mutations.Cases()), property);
        Assert.True(read_ > 0 && refused > 0, $"the mutations must both keep and break files: {read_} read, {refused} refused");
    }
}
