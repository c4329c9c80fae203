using System.Text.RegularExpressions;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// Every text report of the command line (and the HTML reports of analyze and monitor) holds one minus sign, the ASCII
/// one, no signed zero, no NaN or Infinity; and a figure reads the same in diff as in score.
/// </summary>
public sealed partial class NumberFormatTests
{
    private static string Example(string name) => Path.Combine(RepositoryRoot.Path, "docs", "examples", name);

    public static TheoryData<string[]> TextReports() => new()
    {
        new[] { "score", Example("online-retail.json") },
        new[] { "diff", Example("online-retail.json"), Example("online-retail-future.json") },
        new[] { "diff", Example("online-retail-future.json"), Example("online-retail.json") },
        new[] { "diff", Example("b2b-saas.json"), Example("public-service.json") },
        new[] { "analyze", Example("online-retail-events.csv"), "--map", Example("online-retail.json") },
        new[] { "analyze", Example("online-retail-events.csv"), "--map", Example("online-retail.json"), "--breakdown", "channel", "--cohorts", "week", "--window", "3d" },
        new[] { "analyze", Example("online-retail-events.csv"), "--map", Example("online-retail.json"), "--format", "html" },
        new[] { "analyze", Example("online-retail-events.csv"), "--map", Example("online-retail.json"), "--format", "html", "--breakdown", "channel", "--cohorts", "week" },
        new[] { "monitor", Example("online-retail-answers.csv"), "--map", Example("online-retail.json") },
        new[] { "monitor", Example("online-retail-answers.csv"), "--map", Example("online-retail.json"), "--period", "day" },
        new[] { "monitor", Example("online-retail-answers.csv"), "--map", Example("online-retail.json"), "--format", "html" },
    };

    [Theory]
    [MemberData(nameof(TextReports))]
    public void EveryReport_HasOneMinusSign_AndNoSignedZero(string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Out);
        Assert.DoesNotContain('\u2212', result.Out);
        Assert.DoesNotMatch(TextNumberProperties.SignedZero(), result.Out);
        Assert.DoesNotContain("NaN", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", result.Out, StringComparison.Ordinal);
        if (!args.Contains("html"))
        {
            // A figure such as 50.0 or 2.50 with a trailing zero after the point: none, in any text report (diff's
            // structure section quotes the maps' JSON values as written, so it is left out).
            var figures = args[0] == "diff" ? result.Out[..result.Out.IndexOf("\nStructure", StringComparison.Ordinal)] : result.Out;
            Assert.DoesNotMatch(TrailingZero(), figures);
        }
    }

    [Fact]
    public void Diff_WritesTheJourneyFigures_AsScoreDoes()
    {
        var before = Example("online-retail.json");
        var after = Example("online-retail-future.json");
        var diff = CliRunner.Run("diff", before, after).Out;

        foreach (var (path, column) in new[] { (before, 1), (after, 2) })
        {
            var score = CliRunner.Run("score", path).Out;
            var journeyScore = Regex.Match(score, @"Journey score: (\S+) / 100").Groups[1].Value;
            var leadTime = Regex.Match(score, @"Value stream: lead time (.+?), value-added").Groups[1].Value;
            var pce = Regex.Match(score, @", PCE (.+?), rolled").Groups[1].Value;
            Assert.Equal(journeyScore, Cells(diff, "journey", "score")[column]);
            Assert.Equal(leadTime, Cells(diff, "journey", "lead time")[column]);
            Assert.Equal(pce, Cells(diff, "journey", "PCE")[column]);
        }

        // Hand-checked: 23,850-minute lead times and the like read in days, as in score (16.6 d, 2.9 d).
        Assert.Equal(["lead time", "16.6 d", "2.9 d", "-13.7 d"], Cells(diff, "journey", "lead time")[0..4]);
    }

    /// <summary>The cells of the diff table's row for <paramref name="where"/> and <paramref name="figure"/>, from the figure on.</summary>
    private static string[] Cells(string diff, string where, string figure)
    {
        var line = diff.ReplaceLineEndings("\n").Split('\n').Single(l => Regex.IsMatch(l, $@"^  {Regex.Escape(where)} +{Regex.Escape(figure)}  "));
        return Regex.Split(line.Trim(), " {2,}")[1..];
    }

    [GeneratedRegex(@"(?<![\w.])\d+\.\d*0(?!\d)")]
    private static partial Regex TrailingZero();
}
