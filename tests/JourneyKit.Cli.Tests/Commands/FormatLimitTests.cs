using System.Text;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary><c>format</c> never writes what the reader would refuse (issue 15, item 2): a compact map under 16 MiB whose indented form is over it.</summary>
public sealed class FormatLimitTests : IDisposable
{
    private readonly TempFolder _folder = new("journeykit-format-limit-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Format_CanonicalFormOverTheLimit_ExitOneAndWritesNothing()
    {
        // 300,000 touchpoints written compactly: about 9.5 MB; indented (about 78 bytes each), about 23 MB.
        var json = new StringBuilder("""{"schemaVersion":"1.0","id":"m","name":"M","stages":[{"id":"s","name":"S","touchpoints":[""");
        for (var i = 0; i < 300_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"id\":\"t").Append(i).Append("\",\"name\":\"T\"}");
        }

        json.Append("]}]}");
        var map = _folder.Write("big.json", json.ToString());
        var target = _folder.PathOf("out.json");
        Assert.True(new FileInfo(map).Length < 16 * 1024 * 1024);

        var toFile = CliRunner.Run("format", map, "-o", target);
        var inPlace = CliRunner.Run("format", map, "-o", map);
        var toStdout = CliRunner.Run("format", map);

        foreach (var result in new[] { toFile, inPlace, toStdout })
        {
            Assert.Equal(ExitCodes.Invalid, result.ExitCode);
            Assert.Equal("", result.Out);
            var line = Assert.Single(result.ErrorLines);
            Assert.StartsWith($"{map}: the canonical form would be ", line, StringComparison.Ordinal);
            Assert.EndsWith(" bytes, over the 16777216 bytes a map file may hold (16 MiB unless --max-map-bytes says otherwise), so it could not be read back; nothing was written.", line, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(target));
        Assert.Equal(json.ToString(), File.ReadAllText(map));

        // With the limit raised the canonical form is written, and is read back under the same limit.
        var raised = CliRunner.Run("format", map, "-o", target, "--max-map-bytes", "32MiB");
        Assert.Equal(ExitCodes.Success, raised.ExitCode);
        Assert.True(new FileInfo(target).Length > 16 * 1024 * 1024);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("--max-map-bytes", "32MiB", "format", "--check", target).ExitCode);
        Assert.Equal(ExitCodes.Unreadable, CliRunner.Run("format", "--check", target).ExitCode);
    }
}
