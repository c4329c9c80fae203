using JourneyKit.Scoring;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>Issue 15 items 2 (-o), 8 (score --format csv) and 9 (validate many files, --calculator, --top), end to end.</summary>
public sealed class CliNicetiesTests : IDisposable
{
    private const string Map = """
        {
          "schemaVersion": "1.0", "id": "shop", "name": "Shop",
          "stages": [
            { "id": "browse", "name": "Browse, then buy", "touchpoints": [
              { "id": "home", "name": "=HYPERLINK(\"http://x\")", "emotion": 2, "processMinutes": 1.5, "waitMinutes": 0,
                "responses": { "nps": [0,0,0,0,0,0,0,0,0,1,1] } } ] },
            { "id": "pay", "name": "Pay", "touchpoints": [
              { "id": "checkout", "name": "Checkout", "emotion": -2, "processMinutes": 3, "waitMinutes": 7,
                "responses": { "nps": [3,0,0,0,0,0,0,0,0,0,1] } } ] }
          ],
          "kpis": [{ "id": "churn", "name": "Churn", "calculator": "churnRate", "target": 5 }]
        }
        """;

    private readonly TempFolder _folder = new("journeykit-niceties-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string contents)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, contents);
        return path;
    }

    [Fact]
    public void ScoreCsv_IsTheTouchpointTable_QuotedAndFormulaSafe()
    {
        var path = Write("shop.json", Map);

        var result = CliRunner.Run("score", path, "--format", "csv", "--calculator", "churnRate");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two touchpoints, and the empty rest after the last CRLF
        Assert.Equal(string.Join(',', ScoreReportCsv.Columns), lines[0]);
        Assert.StartsWith("home,\"'=HYPERLINK(\"\"http://x\"\")\",browse,\"Browse, then buy\",", lines[1], StringComparison.Ordinal);

        // checkout: three detractors and one promoter: NPS (1 - 3) / 4 = -50, a negative number that stays a number.
        var cells = lines[2].Split(',');
        Assert.Equal(["checkout", "Checkout", "pay", "Pay"], cells[..4]);
        Assert.Equal("-50", cells[5]);
        Assert.Equal("4", cells[8]);
        Assert.Equal("3", cells[17]);
        Assert.Equal("7", cells[18]);
        Assert.Contains("detractorHeavy", cells[19], StringComparison.Ordinal);
        Assert.Equal("", cells[9]); // no CSAT answers: an empty cell
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Validate_ManyFiles_ChecksEachAndExitsWithTheWorst()
    {
        var good = Write("good.json", Map);
        var missing = Path.Combine(_folder.Path, "missing.json");

        var withoutKey = CliRunner.Run("validate", good);
        var withKey = CliRunner.Run("validate", good, "--calculator", "churnRate");
        var many = CliRunner.Run("validate", good, missing, "--calculator", "churnRate");

        Assert.Equal(1, withoutKey.ExitCode);
        Assert.Equal(0, withKey.ExitCode);
        Assert.StartsWith($"{good}: valid", withKey.Out, StringComparison.Ordinal);
        Assert.Equal(2, many.ExitCode);
        Assert.StartsWith($"{good}: valid", many.Out, StringComparison.Ordinal);
        Assert.Contains($"{missing}: no such file.", many.ErrorLines);
    }

    [Fact]
    public void OutputFile_KeepsItsMode_AndFollowsASymlink()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var target = Write("schema.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var link = Path.Combine(_folder.Path, "link.json");
        File.CreateSymbolicLink(link, target);

        var result = CliRunner.Run("schema", "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.Equal(["link.json", "schema.json"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutputFile_ReadOnly_IsRefusedNamingIt()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // root may write a read-only file; the refusal cannot be seen.
            return;
        }

        var target = Write("ro.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead);

        var result = CliRunner.Run("schema", "-o", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"{target}: the file is read-only (permission denied); nothing was written."], result.ErrorLines);
        Assert.Equal("old", File.ReadAllText(target));
    }

    [Fact]
    public void OutputFile_Directory_IsRefused()
    {
        var result = CliRunner.Run("schema", "-o", _folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"{_folder.Path}: is a directory; give the name of a file to write."], result.ErrorLines);
    }

    [Fact]
    public void OutputFile_CharacterDevice_IsWrittenDirectly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var result = CliRunner.Run("schema", "-o", "/dev/null");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists("/dev/null"));
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void OutputFile_TemporaryFile_IsRemovedOnCancellation()
    {
        var target = Path.Combine(_folder.Path, "out.json");
        string? seen = null;
        AtomicFile.AfterTemporaryWritten = temp =>
        {
            seen = temp;
            Assert.True(File.Exists(temp));
            AtomicFile.RemoveTemporaryFiles(); // what the SIGINT/SIGTERM handler does
        };
        try
        {
            CliRunner.Run("schema", "-o", target);
        }
        finally
        {
            AtomicFile.AfterTemporaryWritten = null;
        }

        Assert.NotNull(seen);
        Assert.False(File.Exists(seen));
        Assert.Empty(Directory.GetFiles(_folder.Path, ".*.tmp"));
    }

    [Fact]
    public void ScoreText_TopN_ShowsThatManyPainPoints_AndTheKpiBaseline()
    {
        var path = Write("shop.json", Map);

        var one = CliRunner.Run("score", path, "--top", "1", "--calculator", "churnRate");

        Assert.Equal(0, one.ExitCode);
        Assert.Contains("Top pain points (1 of ", one.Out, StringComparison.Ordinal);
        Assert.Contains("Baseline", one.Out, StringComparison.Ordinal);
        Assert.Contains("Competitor benchmarks: none", one.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("score", path, "--top", "0").ExitCode);
    }
}
