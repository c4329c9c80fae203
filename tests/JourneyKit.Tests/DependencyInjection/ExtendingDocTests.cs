using System.Text.RegularExpressions;
using Contoso.Journeys;
using JourneyKit.Kpis;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyKit.Tests.DependencyInjection;

/// <summary>
/// Runs the example of docs/extending.md end to end. The calculator (ChurnRateCalculator.cs), the
/// usage code (between the doc markers below) and the map are the doc's own code blocks: the
/// tests fail when the doc and the code drift apart.
/// </summary>
public partial class ExtendingDocTests
{
    private static readonly string DocPath = Path.Combine(RepositoryRoot.Path, "docs", "extending.md");

    [GeneratedRegex("```(?<lang>[a-z]+)\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private static List<(string Language, string Code)> Blocks() =>
        [.. CodeBlock().Matches(File.ReadAllText(DocPath).ReplaceLineEndings("\n")).Select(m => (m.Groups["lang"].Value, m.Groups["code"].Value))];

    [Fact]
    public void Doc_CalculatorBlock_IsChurnRateCalculatorCs()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "JourneyKit.Tests", "DependencyInjection", "ChurnRateCalculator.cs")).ReplaceLineEndings("\n");
        Assert.Equal(source, Blocks().Where(b => b.Language == "csharp").ElementAt(0).Code);
    }

    [Fact]
    public void Doc_UsageBlock_IsTheCodeOfThisTest()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "JourneyKit.Tests", "DependencyInjection", "ExtendingDocTests.cs")).ReplaceLineEndings("\n");
        var region = Regex.Match(source, "// doc:begin\\n(?<code>.*?)\\n *// doc:end", RegexOptions.Singleline).Groups["code"].Value;
        var indent = region.Length - region.TrimStart(' ').Length;
        var unindented = string.Join("\n", region.Split('\n').Select(line => line.Length >= indent ? line[indent..] : line.TrimStart())) + "\n";
        Assert.Equal(unindented, Blocks().Where(b => b.Language == "csharp").ElementAt(1).Code);
    }

    [Fact]
    public void Doc_Example_RunsEndToEnd()
    {
        var path = Path.Combine(Path.GetTempPath(), $"journeykit-extending-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Blocks().Single(b => b.Language == "json").Code);
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        KpiResult churn;
        try
        {
            // doc:begin
            var services = new ServiceCollection();
            services.AddJourneyKit(options => options.Scoring.PainEmotionThreshold = -1)
                    .AddKpiCalculator<ChurnRateCalculator>();
            using var provider = services.BuildServiceProvider();

            var map = new JourneySerializer().Read(File.ReadAllText(path));
            var report = provider.GetRequiredService<IJourneyScorer>().Score(map);

            churn = report.Kpis.Single(k => k.KpiId == "monthly-churn");
            Console.WriteLine($"churn {churn.Value:0.00} %, {churn.Status}, {churn.Trend}");
            // doc:end
        }
        finally
        {
            Console.SetOut(console);
            File.Delete(path);
        }

        // Measurements (in time order) 2.4, 2.1, 1.8, 1.5: the last three average 1.8;
        // baseline 2.4, target 1.5: (1.8 − 2.4)/(1.5 − 2.4) = 2/3 → amber; falling churn is improving.
        Assert.Equal(1.8, churn.Value!.Value, 1e-12);
        Assert.Equal(2.0 / 3, churn.Attainment!.Value, 1e-12);
        Assert.Equal(KpiStatus.Amber, churn.Status);
        Assert.Equal(KpiTrend.Improving, churn.Trend);
        // Console is process-wide: tests running alongside (FsCheck reports to it) may add lines of
        // their own while it is redirected, so look for the example's line among them.
        var printed = Assert.Single(output.ToString().ReplaceLineEndings("\n").Split('\n'), line => line.StartsWith("churn ", StringComparison.Ordinal));
        Assert.Equal("churn 1.80 %, Amber, Improving", printed);
    }
}
