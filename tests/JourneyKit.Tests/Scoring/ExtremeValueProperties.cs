using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Scoring;

/// <summary>
/// The law of issue 15, item 1: a type-correct map with extreme values that <c>validate</c> accepts
/// scores, renders in every format (and for each persona) and compares, and no output holds NaN,
/// Infinity or −0.
/// </summary>
public sealed partial class ExtremeValueProperties
{
    private const int Cases = 1000;

    private static readonly JourneyValidator Validator = new();
    private static readonly JourneyScorer Scorer = new();
    private static readonly JourneyRenderer Renderer = new();
    private static readonly JourneyComparer Comparer = new();

    [Fact]
    public void ValidExtremeMaps_Score_Render_AndCompare_WithFiniteNumbers()
    {
        var valid = 0;
        var property = Prop.ForAll(
            (from before in MapGenerators.Extreme.Map from after in MapGenerators.Extreme.Map select (before, after)).ToArbitrary(),
            pair =>
            {
                var (before, after) = pair;
                if (!Validator.Validate(before).IsValid)
                {
                    return;
                }

                valid++;
                var report = Scorer.Score(before);
                AssertFinite(ScoreReportJson.Write(report));
                foreach (var format in Enum.GetValues<RenderFormat>())
                {
                    AssertFinite(Renderer.Render(before, report, format));
                    foreach (var persona in before.Personas)
                    {
                        AssertFinite(Renderer.Render(before, report, format, new RenderOptions { PersonaId = persona.Id }));
                    }
                }

                AssertFinite(DiffReportJson.Write(Comparer.Compare(before, before)));
                if (Validator.Validate(after).IsValid)
                {
                    AssertFinite(DiffReportJson.Write(Comparer.Compare(before, after)));
                    AssertFinite(DiffReportJson.Write(Comparer.Compare(after, before)));
                }
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), property);

        // The law must not hold vacuously: most generated maps are within the limits.
        Assert.True(valid > Cases / 10, $"only {valid} of {Cases} generated maps were valid");
    }

    [Fact]
    public void InvalidExtremeMaps_AreRefusedWithTheLimitNamed()
    {
        var property = Prop.ForAll(MapGenerators.Extreme.Map.ToArbitrary(), map =>
        {
            var report = Validator.Validate(map);
            foreach (var error in report.Errors)
            {
                Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
                Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', error.Message);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    /// <summary>Fails when the text holds NaN, an infinity, or a number −0 (also −0.0).</summary>
    internal static void AssertFinite(string output)
    {
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", output, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", output, StringComparison.Ordinal);
        var negativeZero = NegativeZero().Match(output);
        Assert.False(negativeZero.Success, $"-0 at {negativeZero.Index}: …{output.Substring(Math.Max(0, negativeZero.Index - 60), Math.Min(100, output.Length - Math.Max(0, negativeZero.Index - 60))).ReplaceLineEndings("⏎")}…");
        if (output.StartsWith('{'))
        {
            using var document = JsonDocument.Parse(output);
            Walk(document.RootElement);
        }
    }

    private static void Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                Assert.True(double.IsFinite(element.GetDouble()), element.GetRawText());
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }

                break;
        }
    }

    // A number −0, −0.0, −0.00 … (or with the minus sign U+2212): a minus, zeros, and no other digit after.
    [GeneratedRegex(@"(?<![\w.])[-\u2212]0(\.0+)?(?![\d.])")]
    private static partial Regex NegativeZero();
}
