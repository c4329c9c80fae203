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

    // The map without its custom KPI calculator, for the commands that take no --calculator.
    private static readonly string NoCustomKpi = Map.Replace("\"calculator\": \"churnRate\"", "\"calculator\": \"nps\"", StringComparison.Ordinal);

    private readonly TempFolder _folder = new("journeykit-niceties-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string contents) => _folder.Write(name, contents);

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
    public void OutputFile_DanglingSymlink_CreatesTheFileItNames()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // link.json → hop.json → made/schema.json, which does not exist yet: written where the last link points.
        Directory.CreateDirectory(Path.Combine(_folder.Path, "made"));
        var link = Path.Combine(_folder.Path, "link.json");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "hop.json"), Path.Combine("made", "schema.json"));
        File.CreateSymbolicLink(link, "hop.json");

        var result = CliRunner.Run("schema", "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal("hop.json", new FileInfo(link).LinkTarget);
        Assert.Equal(CliRunner.Run("schema").Out, File.ReadAllText(Path.Combine(_folder.Path, "made", "schema.json")));
        Assert.Equal(["schema.json"], Directory.GetFiles(Path.Combine(_folder.Path, "made")).Select(Path.GetFileName));
    }

    [Fact]
    public void OutputFile_ReadOnly_IsRefusedNamingIt()
    {
        // Refused by its mode, so also when root runs it (the kernel would let root replace it).
        var target = Write("ro.json", "old");
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(target, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead);
        }

        var result = CliRunner.Run("schema", "-o", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([$"{target}: the file is read-only; make it writable or give another file; nothing was written."], result.ErrorLines);
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

    [Fact]
    public void MaxLineBytes_RaisesOrLowersTheLineLimitOfEveryCsvCommand()
    {
        var map = Write("shop.json", NoCustomKpi);
        // The last line of each file is 53 bytes with its line feed; every other line is at most 42.
        var events = Write("events.csv", "customerId,touchpointId,timestamp,note\nc1,home,2026-01-01T00:00:00Z,\nc2,checkout,2026-01-01T00:00:00Z,xxxxxxxxxxxxxxxxxxx\n");
        var answers = Write("answers.csv", "timestamp,touchpointId,metric,rating,note\n2026-01-01T00:00:00Z,home,nps,9,\n2026-01-01T00:00:00Z,home,nps,10,yyyyyyyyyyyyyyyyyyy\n");

        var plain = CliRunner.Run("analyze", events, "--map", map, "--format", "json");
        var limited = CliRunner.Run("analyze", events, "--map", map, "--format", "json", "--max-line-bytes", "52");
        var monitor = CliRunner.Run("monitor", answers, "--map", map, "--format", "json", "--max-line-bytes", "52");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("\"malformedLines\": 0", plain.Out, StringComparison.Ordinal);
        Assert.Equal(0, limited.ExitCode);
        Assert.Contains("\"malformedLines\": 1", limited.Out, StringComparison.Ordinal);
        Assert.Contains("\"customers\": 1", limited.Out, StringComparison.Ordinal);
        Assert.Equal(0, monitor.ExitCode);
        Assert.Contains("\"malformedLines\": 1", monitor.Out, StringComparison.Ordinal);

        var strict = CliRunner.Run("analyze", events, "--map", map, "--strict", "--max-line-bytes", "52");
        Assert.Equal(ExitCodes.Invalid, strict.ExitCode);
        Assert.Contains("longer than 52 bytes", strict.Error, StringComparison.Ordinal);
        Assert.Contains("--max-line-bytes", strict.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5MiB")]
    [InlineData("257MiB")]
    [InlineData("4GB")]
    [InlineData("1GiB")]
    [InlineData("17592186044416MiB")] // 2^44 MiB = 2^64 bytes: multiplied first, it wrapped to 0 and passed the range check
    public void MaxLineBytes_OutOfRange_IsOneSentenceAndExitTwo(string value)
    {
        var map = Write("shop.json", NoCustomKpi);
        var events = Write("events.csv", "customerId,touchpointId,timestamp\n");

        var result = CliRunner.Run("analyze", events, "--map", map, "--max-line-bytes", value);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"--max-line-bytes: '{value}' is not a line limit; give a whole number of bytes from 1 to 268435456 (256MiB), optionally with KiB or MiB, such as 16MiB.", result.Error.Trim());
    }
}
