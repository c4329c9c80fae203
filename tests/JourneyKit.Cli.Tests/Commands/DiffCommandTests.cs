using System.Text.Json;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private const string Before = """
        { "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [{ "id": "purchase", "name": "Purchase", "touchpoints": [
            { "id": "demo", "name": "Demo", "emotion": -1, "responses": { "nps": [10,0,0,0,0,0,0,0,50,0,40] } },
            { "id": "fax", "name": "Fax order" } ] }] }
        """;

    private const string After = """
        { "schemaVersion": "1.0", "id": "shop-future", "name": "Shop", "state": "future", "baseMapId": "shop",
          "stages": [{ "id": "purchase", "name": "Purchase", "touchpoints": [
            { "id": "demo", "name": "Demo", "emotion": 1, "responses": { "nps": [5,0,0,0,0,0,0,0,45,0,50] } },
            { "id": "chatbot", "name": "Chatbot" } ] }] }
        """;

    private readonly TempFolder _folder = new("journeykit-diff-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Diff_Text_LeadsWithTheVerdict()
    {
        var result = CliRunner.Run("diff", File("before.json", Before), File("after.json", After));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.Out.Split('\n');
        Assert.StartsWith("Kind: projected", lines[1], StringComparison.Ordinal);
        // NPS 30 (n 100) -> 45 (n 100): z = 1.72, not significant.
        Assert.Equal("Verdict: no survey figure changed significantly (95 %)", lines[3]);
        Assert.Contains("Survey changes within the noise (not significant): 3", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"touchpoint demo +NPS +30 +45 +\+15 +8\.7 +z = 1\.72 +no +better", result.Out);
        Assert.Contains("Added: touchpoint chatbot", result.Out, StringComparison.Ordinal);
        Assert.Contains("Removed: touchpoint fax", result.Out, StringComparison.Ordinal);
        Assert.True(result.Out.IndexOf("Verdict", StringComparison.Ordinal) < result.Out.IndexOf("Structure", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_Json_IsTheDiffReport()
    {
        var result = CliRunner.Run("diff", File("before.json", Before), File("after.json", After), "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("projected", root.GetProperty("kind").GetString());
        var nps = root.GetProperty("metrics").EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "touchpoint" && r.GetProperty("metric").GetString() == "nps");
        Assert.Equal(15, nps.GetProperty("difference").GetDouble(), 9);
        Assert.Equal(15 / Math.Sqrt(75.75), nps.GetProperty("statistic").GetDouble(), 9);
        Assert.False(nps.GetProperty("significant").GetBoolean());
        Assert.Equal("better", nps.GetProperty("direction").GetString());
        Assert.Equal("chatbot", root.GetProperty("structure").GetProperty("added")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Diff_MissingFile_ExitsTwoNamingTheFile()
    {
        var after = File("after.json", After);
        var missing = Path.Combine(_folder.Path, "nope.json");

        var result = CliRunner.Run("diff", missing, after);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith(missing + ": ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_BothFilesBad_ReportsBothEachNamingItsFile()
    {
        var broken = File("broken.json", "{ \"schemaVersion\": \"1.0\", ");
        var missing = Path.Combine(_folder.Path, "nope.json");

        var result = CliRunner.Run("diff", broken, missing);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Collection(
            result.ErrorLines,
            line => Assert.StartsWith(broken + ": ", line, StringComparison.Ordinal),
            line => Assert.StartsWith(missing + ": ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_MapThatCannotBeScored_ExitsOneNamingTheFileAndPath()
    {
        var bad = File("bad.json", After.Replace("[5,0,0,0,0,0,0,0,45,0,50]", "[5,0,45,50]", StringComparison.Ordinal));

        var result = CliRunner.Run("diff", File("before.json", Before), bad);

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(bad + ": ", line, StringComparison.Ordinal);
        Assert.Contains("$.stages[0].touchpoints[0].responses.nps", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_UnknownFormat_ExitsTwo()
    {
        var result = CliRunner.Run("diff", File("before.json", Before), File("after.json", After), "--format", "xml");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Diff_MapWithItself_SaysNothingChanged()
    {
        var before = File("before.json", Before);

        var result = CliRunner.Run("diff", before, before);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Verdict: no survey figure changed significantly (95 %)", result.Out, StringComparison.Ordinal);
        Assert.Contains("Figures: none changed", result.Out, StringComparison.Ordinal);
        Assert.Contains("Structure: unchanged", result.Out, StringComparison.Ordinal);
    }

    private string File(string name, string contents)
    {
        var path = Path.Combine(_folder.Path, name);
        System.IO.File.WriteAllText(path, contents);
        return path;
    }
}
