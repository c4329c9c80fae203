using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Commands;

public sealed class FormatCommandTests : IDisposable
{
    // Hand-edited: comments, trailing commas, odd spacing, CRLF, an unknown property, a validation
    // problem (the touchpoint has no name), properties out of the format's order.
    private const string HandEdited =
        "// my map\r\n{ \"name\": \"M\", \"schemaVersion\": \"1.0\", \"id\": \"m\",\r\n" +
        "  \"stages\": [ { \"id\": \"s\", \"name\": \"S\", \"touchpoints\": [ { \"id\": \"t\", \"emotion\": 2.0, \"x-note\": \"keep me\", } ] } ],\r\n}\r\n";

    private const string Canonical = """
        {
          "schemaVersion": "1.0",
          "id": "m",
          "name": "M",
          "stages": [
            {
              "id": "s",
              "name": "S",
              "touchpoints": [
                {
                  "id": "t",
                  "emotion": 2,
                  "x-note": "keep me"
                }
              ]
            }
          ]
        }

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Format_WritesCanonicalJsonToStdout_KeepingUnknownProperties()
    {
        var map = _folder.Write("map.json", HandEdited);

        var result = CliRunner.Run("format", map);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(Canonical.ReplaceLineEndings("\n"), result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Format_WithOutput_WritesTheFile_InPlaceToo()
    {
        var map = _folder.Write("map.json", HandEdited);

        var result = CliRunner.Run("format", map, "-o", map);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(Canonical.ReplaceLineEndings("\n"), File.ReadAllText(map));
        Assert.Equal(["map.json"], Directory.EnumerateFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_CanonicalFile_ExitsZero()
    {
        var map = _folder.Write("map.json", Canonical.ReplaceLineEndings("\n"));

        var result = CliRunner.Run("format", map, "--check");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"{map}: canonical\n", result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Check_HandEditedFile_ExitsOneWithOneLine_AndChangesNothing()
    {
        var map = _folder.Write("map.json", HandEdited);

        var result = CliRunner.Run("format", map, "--check");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Equal($"{map} (line 1): not in canonical form; run 'journeykit format {map} -o {map}' to rewrite it.", Assert.Single(result.ErrorLines));
        Assert.Equal(HandEdited, File.ReadAllText(map));
    }

    [Fact]
    public void Check_FileDifferingOnLineSeven_SaysLineSeven()
    {
        var canonical = Canonical.ReplaceLineEndings("\n");
        // Line 7 is the stage's id: '      "id": "s",'.
        var map = _folder.Write("map.json", canonical.Replace("    {\n      \"id\": \"s\"", "    {\n      \"id\":  \"s\"", StringComparison.Ordinal));

        var result = CliRunner.Run("format", map, "--check");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.StartsWith($"{map} (line 7): not in canonical form", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ByteOrderMark_IsNotCanonical()
    {
        var map = _folder.Write("map.json", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Canonical.ReplaceLineEndings("\n"))]);

        var result = CliRunner.Run("format", map, "--check");

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
    }

    [Fact]
    public void CheckWithOutput_IsAUsageError()
    {
        var map = _folder.Write("map.json", Canonical);

        var result = CliRunner.Run("format", map, "--check", "-o", "out.json");

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal("journeykit format: --check and --output cannot be used together; --check writes nothing.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Format_Output_IsWhatTheLibraryWrites()
    {
        var map = _folder.Write("map.json", HandEdited);
        var serializer = new JourneySerializer();

        var result = CliRunner.Run("format", map);

        Assert.Equal(serializer.Write(serializer.Read(HandEdited)), result.Out);
    }
}
