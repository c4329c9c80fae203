using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Tests;

/// <summary>The README's C# quick start compiles and runs: its code is the block between the markers below, and a test checks that the README shows exactly that.</summary>
public class QuickStartTests
{
    private const string Begin = "// quick start: begin";
    private const string End = "// quick start: end";

    [Fact]
    public void QuickStart_BuildsAValidMapAndWritesIt()
    {
        // quick start: begin
        var map = new JourneyMap
        {
            Id = "coffee-subscription",
            Name = "Coffee subscription",
            Personas = [new Persona { Id = "commuter", Name = "Commuter", Weight = 1 }],
            Stages =
            [
                new Stage
                {
                    Id = "sign-up",
                    Name = "Sign up",
                    Kind = StageKind.Purchase,
                    Touchpoints =
                    [
                        new Touchpoint { Id = "landing-page", Name = "Landing page", Channel = Channel.Web, Emotion = 1 },
                        new Touchpoint { Id = "payment", Name = "Payment", Channel = Channel.Web, Emotion = -2, WaitMinutes = 3 },
                    ],
                },
            ],
        };

        var report = new JourneyValidator().Validate(map);
        foreach (var issue in report.Issues)
        {
            Console.WriteLine($"{issue.Severity}: {issue.Path}: {issue.Message}");
        }

        var json = new JourneySerializer().Write(map);
        Console.WriteLine(json);
        // quick start: end

        Assert.Empty(report.Issues);
        var read = new JourneySerializer().Read(json);
        Assert.Equal(new[] { "landing-page", "payment" }, read.Stages[0].Touchpoints.Select(t => t.Id));
        Assert.Equal(-2, read.Stages[0].Touchpoints[1].Emotion);
        Assert.Equal(StageKind.Purchase, read.Stages[0].Kind);
    }

    [Fact]
    public void Readme_ShowsTheQuickStartOfThisTest()
    {
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));
        var open = Array.FindIndex(readme, l => l.Contains("quick start: tests/JourneyKit.Tests/QuickStartTests.cs", StringComparison.Ordinal));
        Assert.True(open >= 0, "README.md has no quick start marker.");
        var start = Array.FindIndex(readme, open, l => l.StartsWith("```csharp", StringComparison.Ordinal)) + 1;
        var stop = Array.FindIndex(readme, start, l => l.StartsWith("```", StringComparison.Ordinal));
        var shown = readme[start..stop];

        var source = File.ReadAllLines(RepositoryRoot.Combine("tests", "JourneyKit.Tests", "QuickStartTests.cs"));
        var code = source[(Array.FindIndex(source, l => l.Trim() == Begin) + 1)..Array.FindIndex(source, l => l.Trim() == End)];

        var usings = shown.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(usings);
        Assert.All(usings, u => Assert.Contains(u, source));
        Assert.Equal(Dedent(code), Dedent(shown[usings.Length..].SkipWhile(string.IsNullOrWhiteSpace).ToArray()));
    }

    private static string[] Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return [.. lines.Select(l => l.Trim().Length == 0 ? "" : l[indent..].TrimEnd())];
    }
}
