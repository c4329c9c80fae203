using System.Text.Json;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// <c>journeykit diff</c> end to end on hand-made maps: times read as <c>score</c> writes them, changed values whole,
/// and maps that share no touchpoint called not comparable (text and JSON).
/// </summary>
public sealed class DiffTextTests : IDisposable
{
    private readonly TempFolder _folder = new("journeykit-difftext-");

    public void Dispose() => _folder.Dispose();

    private static string Map(string touchpoints, string id = "m") => $$"""
        { "schemaVersion": "1.0", "id": "{{id}}", "name": "M", "stages": [ { "id": "s", "name": "S", "touchpoints": [ {{touchpoints}} ] } ] }
        """;

    [Fact]
    public void LeadTimes_ReadInDays_AsScoreWritesThem()
    {
        // Before: 30 + 23,820 = 23,850 min = 16.5625 d -> "16.6 d". After: 30 + 90 = 120 min -> "2 h" (hours from 2 h on).
        // Change: 120 - 23,850 = -23,730 min = -16.479 d -> "-16.5 d".
        var before = _folder.Write("before.json", Map("""{ "id": "t", "name": "T", "processMinutes": 30, "waitMinutes": 23820 }"""));
        var after = _folder.Write("after.json", Map("""{ "id": "t", "name": "T", "processMinutes": 30, "waitMinutes": 90 }"""));

        var diff = CliRunner.Run("diff", before, after);

        Assert.Equal(ExitCodes.Success, diff.ExitCode);
        Assert.Matches(@"\n  journey +lead time +16\.6 d +2 h +-16\.5 d +- +- +- +better", diff.Out);
        Assert.Matches(@"\n  touchpoint t +lead time +16\.6 d +2 h +-16\.5 d ", diff.Out);
        Assert.DoesNotContain("23850", diff.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" min", diff.Out, StringComparison.Ordinal);
        // The same figure, by the same helper, in score's text.
        Assert.Contains("Value stream: lead time 16.6 d,", CliRunner.Run("score", before).Out, StringComparison.Ordinal);
        Assert.Contains("Value stream: lead time 2 h,", CliRunner.Run("score", after).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedValues_AreWritten_Whole()
    {
        var longName = "Returns portal where the customer prints a label, books a courier and tracks the refund - all in one place";
        var before = _folder.Write("before.json", Map("""{ "id": "t", "name": "T" }"""));
        var after = _folder.Write("after.json", Map($$"""{ "id": "t", "name": "{{longName}}" }"""));

        var diff = CliRunner.Run("diff", before, after);

        Assert.Equal(ExitCodes.Success, diff.ExitCode);
        Assert.True(longName.Length > 100);
        Assert.Contains($"      name: \"T\" -> \"{longName}\"\n", diff.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("...", diff.Out, StringComparison.Ordinal);
    }

    // CSAT (satisfied = 4 or 5): before 20 of 100 answers, after 80 of 100 - z = 8.49, significantly better at the journey.
    private const string Unhappy = """ "responses": { "csat": [40, 30, 10, 10, 10] } """;

    private const string Happy = """ "responses": { "csat": [5, 5, 10, 30, 50] } """;

    [Fact]
    public void NoSharedTouchpoint_IsNotComparable_InTextAndJson()
    {
        var before = _folder.Write("before.json", Map($$"""{ "id": "a", "name": "A", {{Unhappy}} }"""));
        var after = _folder.Write("after.json", Map($$"""{ "id": "b", "name": "B", {{Happy}} }"""));

        var text = CliRunner.Run("diff", before, after);
        var json = CliRunner.Run("diff", before, after, "--format", "json");

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        var lines = text.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("Warning: The maps share no touchpoint id ('m' has 1 touchpoint, 'm' 1 touchpoint): they are not comparable, since every figure is about different touchpoints; every touchpoint counts as removed or added, and the verdict is 'not comparable'.", lines[2]);
        Assert.Equal("Verdict: not comparable - the maps share no touchpoint id, so their figures are about different touchpoints and say nothing about a change", lines[4]);
        Assert.DoesNotContain("Verdict: better", text.Out, StringComparison.Ordinal);
        Assert.Matches(@"journey +CSAT +20 +80 +\+60 ", text.Out); // the figures are still shown

        Assert.Equal(ExitCodes.Success, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(["kind", "metrics", "structure", "oneSided", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(lines[2]["Warning: ".Length..], Assert.Single(root.GetProperty("warnings").EnumerateArray()).GetString());
        Assert.DoesNotContain(root.GetProperty("metrics").EnumerateArray(), r => r.GetProperty("scope").GetString() == "touchpoint");
    }

    [Fact]
    public void OneSharedTouchpoint_KeepsTheVerdict()
    {
        // The same survey change with a touchpoint "c" in both maps: comparable, and better.
        var before = _folder.Write("before.json", Map($$"""{ "id": "a", "name": "A", {{Unhappy}} }, { "id": "c", "name": "C" }"""));
        var after = _folder.Write("after.json", Map($$"""{ "id": "b", "name": "B", {{Happy}} }, { "id": "c", "name": "C" }"""));

        var text = CliRunner.Run("diff", before, after);
        var json = CliRunner.Run("diff", before, after, "--format", "json");

        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains("\nVerdict: better - 2 survey figures significantly better, none significantly worse (95 %)", text.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Warning:", text.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(0, document.RootElement.GetProperty("warnings").GetArrayLength());
    }
}
