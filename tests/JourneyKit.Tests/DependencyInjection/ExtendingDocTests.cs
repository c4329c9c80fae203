using System.Text.RegularExpressions;
using Contoso.Journeys;
using JourneyKit.Kpis;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.DependencyInjection;

/// <summary>
/// The example of docs/extending.md is the project samples/JourneyKit.Consumer, byte for byte: its
/// calculator, its program and its map are the doc's three code blocks. The solution's build compiles
/// the sample (this project references it), these tests compare the files with the doc and run the
/// program, and .ci/run publishes it with Native AOT.
/// </summary>
public partial class ExtendingDocTests
{
    private static readonly string DocPath = Path.Combine(RepositoryRoot.Path, "docs", "extending.md");
    private static readonly string SamplePath = Path.Combine(RepositoryRoot.Path, "samples", "JourneyKit.Consumer");

    [GeneratedRegex("```(?<lang>[a-z]+)\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private static List<(string Language, string Code)> Blocks() =>
        [.. CodeBlock().Matches(File.ReadAllText(DocPath).ReplaceLineEndings("\n")).Select(m => (m.Groups["lang"].Value, m.Groups["code"].Value))];

    private static string SampleFile(string name) => File.ReadAllText(Path.Combine(SamplePath, name)).ReplaceLineEndings("\n");

    [Fact]
    public void Doc_CalculatorBlock_IsTheSamplesCalculator() =>
        Assert.Equal(SampleFile("ChurnRateCalculator.cs"), Blocks().Where(b => b.Language == "csharp").ElementAt(0).Code);

    [Fact]
    public void Doc_ProgramBlock_IsTheSamplesProgram() =>
        Assert.Equal(SampleFile("Program.cs"), Blocks().Where(b => b.Language == "csharp").ElementAt(1).Code);

    [Fact]
    public void Doc_MapBlock_IsTheSamplesMap() =>
        Assert.Equal(SampleFile("churn.json"), Blocks().Single(b => b.Language == "json").Code);

    [Fact]
    public void Doc_Example_ComputesTheFiguresTheDocExplains()
    {
        var map = new JourneySerializer().Read(SampleFile("churn.json"));
        var report = new JourneyScorer(new ScoringOptions { PainEmotionThreshold = -1 }, extraCalculators: [new ChurnRateCalculator()]).Score(map);

        // Measurements (in time order) 2.4, 2.1, 1.8, 1.5: the last three average 1.8;
        // baseline 2.4, target 1.5: (1.8 − 2.4)/(1.5 − 2.4) = 2/3 → amber; falling churn is improving.
        var churn = Assert.Single(report.Kpis);
        Assert.Equal("monthly-churn", churn.KpiId);
        Assert.Equal(1.8, churn.Value!.Value, 1e-12);
        Assert.Equal(2.0 / 3, churn.Attainment!.Value, 1e-12);
        Assert.Equal(KpiStatus.Amber, churn.Status);
        Assert.Equal(KpiTrend.Improving, churn.Trend);
        // One touchpoint with emotion +1 on the −3..+3 scale: (1 + 3) / 6 · 100 = 66.67.
        Assert.Equal(200.0 / 3, report.JourneyScore!.Value, 1e-9);
    }

    [Fact]
    public void Doc_Program_PrintsWhatTheDocSays()
    {
        var doc = File.ReadAllText(DocPath);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            typeof(ChurnRateCalculator).Assembly.EntryPoint!.Invoke(null, [new[] { Path.Combine(SamplePath, "churn.json") }]);
        }
        finally
        {
            Console.SetOut(console);
        }

        // Console is process-wide: tests running alongside (FsCheck reports to it) may add lines of
        // their own while it is redirected, so look for the program's lines among them.
        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        var score = Assert.Single(lines, line => line.StartsWith("journey score ", StringComparison.Ordinal));
        var churn = Assert.Single(lines, line => line.StartsWith("monthly-churn: ", StringComparison.Ordinal));
        Assert.Equal("journey score 66.7", score);
        Assert.Equal("monthly-churn: 1.80, Amber, Improving", churn);
        Assert.Contains($"`{score}`", doc, StringComparison.Ordinal);
        Assert.Contains($"`{churn}`", doc, StringComparison.Ordinal);
    }
}
