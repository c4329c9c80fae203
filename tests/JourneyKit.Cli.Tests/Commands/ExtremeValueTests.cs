using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// Issue 15, item 1, end to end: maps with extreme values that validate score, render and diff in
/// every format with exit 0 and finite numbers; values beyond the limits are exit 1 with one
/// sentence naming the path and the limit, in every command that reads a map, never exit 3.
/// </summary>
public sealed partial class ExtremeValueTests : IDisposable
{
    private static readonly string[][] Commands =
    [
        ["score", "{0}"],
        ["score", "{0}", "--format", "json"],
        ["render", "{0}", "--format", "mermaid"],
        ["render", "{0}", "--format", "svg"],
        ["render", "{0}", "--format", "html"],
        ["render", "{0}", "--format", "markdown"],
        ["diff", "{0}", "{1}"],
        ["diff", "{0}", "{1}", "--format", "json"],
    ];

    // At the limits: every sum, mean, lead time and RICE is at its largest.
    private const string AtTheLimits = """
        {
          "schemaVersion": "1.0", "id": "m", "name": "M",
          "personas": [{ "id": "p", "name": "P", "weight": 1e15 }, { "id": "q", "name": "Q", "weight": 1e15 }],
          "stages": [
            { "id": "s", "name": "S", "touchpoints": [
              { "id": "a", "name": "A", "emotion": 3, "processMinutes": 1e15, "waitMinutes": 1e15, "valueAdding": true,
                "responses": { "csat": [0,0,0,2251799813685248,0] } },
              { "id": "b", "name": "B", "emotion": -3, "processMinutes": 1e15, "waitMinutes": 1e15 } ] },
            { "id": "s2", "name": "S2", "touchpoints": [{ "id": "c", "name": "C", "responses": { "csat": [0,0,0,2251799813685248,0] } }] },
            { "id": "s3", "name": "S3", "touchpoints": [{ "id": "d", "name": "D", "responses": { "csat": [0,0,0,2251799813685248,0] } }] }
          ],
          "kpis": [
            { "id": "k", "name": "K", "calculator": "mean", "baseline": -1e15, "target": 1e15,
              "measurements": [{ "at": "2026-01-01T00:00:00Z", "value": 1e15 }, { "at": "2026-01-02T00:00:00Z", "value": 1e15 }] },
            { "id": "lead", "name": "Lead", "calculator": "leadTime", "target": 1 }
          ],
          "opportunities": [{ "id": "x", "title": "X", "reach": 1e15, "impact": 1e15, "confidence": 1, "effort": 0.001 }]
        }
        """;

    private readonly TempFolder _folder = new("journeykit-extreme-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void MapAtTheLimits_EveryCommandAndFormat_ExitZeroWithFiniteNumbers()
    {
        var file = _folder.Write("limits.json", AtTheLimits);
        var other = Path.Combine(RepositoryRoot.Path, "docs", "examples", "online-retail.json");

        foreach (var command in Commands)
        {
            var result = CliRunner.Run([.. command.Select(a => string.Format(a, file, other))]);

            Assert.True(result.ExitCode == ExitCodes.Success, $"{string.Join(' ', command)}: exit {result.ExitCode}: {result.Error}");
            AssertFinite(result.Out);
        }

        var score = CliRunner.Run("score", file);
        Assert.Contains("  k     K     -1000000000000000  1000000000000000  1000000000000000       100 %  green   flat (0/day)", score.Out, StringComparison.Ordinal);
        Assert.Contains("  lead  Lead                  -  4000000000000000                 1       100 %  green   flat", score.Out, StringComparison.Ordinal);
        Assert.Contains("     1  x            1000000000000000000000000000000000", score.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InfiniteMeanKpi_IsRefusedByValidation_ExitOneInEveryCommand()
    {
        // Two measurements of 1e308 made the mean infinite; now each is over the limit, one sentence each.
        var file = _folder.Write("infinite.json", AtTheLimits.Replace("\"value\": 1e15", "\"value\": 1e308", StringComparison.Ordinal));

        foreach (var command in Commands.Append(["validate", "{0}"]))
        {
            var result = CliRunner.Run([.. command.Select(a => string.Format(a, file, file))]);

            Assert.Equal(ExitCodes.Invalid, result.ExitCode);
            Assert.Contains($"{file}: $.kpis[0].measurements[0].value: 'value' must be between -1000000000000000 and 1000000000000000. You entered 1E+308.", result.ErrorLines);
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnswersOverTwoToTheFiftyThreeAcrossTheMap_ExitOneInDiff()
    {
        var file = _folder.Write("answers.json", AtTheLimits.Replace("2251799813685248", "4000000000000000", StringComparison.Ordinal));

        var result = CliRunner.Run("diff", file, file);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains($"{file}: $.stages: The touchpoints' 'csat' answers must count at most 9007199254740992 in total across the whole map (2^53, the most a double counts exactly), so that the journey's figures are exact. The map holds 12000000000000000.", result.ErrorLines);
    }

    [Fact]
    public void GeneratedExtremeMaps_ThroughTheCli_ValidMeansExitZeroAndFinite()
    {
        var serializer = new JourneySerializer();
        var validator = new JourneyValidator();
        var checkedMaps = 0;
        var property = Prop.ForAll(MapGenerators.Extreme.Map.ToArbitrary(), map =>
        {
            // About one generated map in ten validates: try up to 200 and run the CLI on the first 8 valid ones,
            // so that the guard below (at least 5) does not hang on the luck of 40 draws.
            if (checkedMaps >= 8 || !validator.Validate(map).IsValid)
            {
                return;
            }

            checkedMaps++;
            var file = _folder.Write($"m{checkedMaps}.json", serializer.Write(map));
            foreach (var command in Commands)
            {
                var result = CliRunner.Run([.. command.Select(a => string.Format(a, file, file))]);
                Assert.True(result.ExitCode == ExitCodes.Success, $"{string.Join(' ', command)} {file}: exit {result.ExitCode}: {result.Error}");
                AssertFinite(result.Out);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
        Assert.True(checkedMaps >= 5, $"only {checkedMaps} generated maps were valid");
    }

    private static void AssertFinite(string output)
    {
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", output, StringComparison.Ordinal);
        var match = NegativeZero().Match(output);
        Assert.False(match.Success, match.Success ? output.Substring(Math.Max(0, match.Index - 300), Math.Min(400, output.Length - Math.Max(0, match.Index - 300))) : null);
    }

    [GeneratedRegex(@"(?<![\w.])[-\u2212]0(\.0+)?(?![\d.])")]
    private static partial Regex NegativeZero();
}
