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
/// with <see cref="JourneyCsvException"/>; nothing else, within the timeout.
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
                catch (JourneyCsvException e)
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
