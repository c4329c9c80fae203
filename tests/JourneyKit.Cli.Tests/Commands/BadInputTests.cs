using System.Text;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// The corpus of unreadable files through the commands that read a map: each ends with exit code 2
/// and exactly one line on standard error, <c>&lt;file&gt;: &lt;sentence&gt;</c>, never a stack trace.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private const string Head = "{\n  \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\",\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, byte[], string> Corpus() => new()
    {
        { "empty", [], "the document is empty; a journey map is a JSON object starting with '{'." },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF], "line 1, byte 1: the document is not UTF-8 text (byte 0x89 cannot appear here); a journey map is a JSON text file saved as UTF-8." },
        { "truncated", Utf8(Head + "  \"stages\": [{ \"id\": \"s\""), "$.stages[0].id (line 3, byte 25): the document ends before every object and array is closed; is the file truncated?" },
        { "top-level array", Utf8("[]"), "$ (line 1, byte 1): expected a journey map, a JSON object starting with '{', found an array." },
        { "wrong type", Utf8(Head + "  \"stages\": 5\n}"), "$.stages (line 3, byte 13): expected an array of objects, found the number 5." },
        { "1e999", Utf8(Head + "  \"stages\": [],\n  \"x\": 1e999\n}"), "$.x (line 4, byte 8): the number 1e999 is too large; numbers must lie between -1.7976931348623157E+308 and 1.7976931348623157E+308." },
        { "duplicate", Utf8(Head + "  \"stages\": [],\n  \"name\": \"N\"\n}"), "$.name (line 4, byte 3): the property 'name' appears twice in the same object; each property may appear only once." },
        { "schemaVersion 2.0", Utf8("{ \"schemaVersion\": \"2.0\" }"), "$.schemaVersion (line 1, byte 20): 'schemaVersion' is \"2.0\"; this version of JourneyKit reads 1.x (1.0)." },
        { "deep", Utf8(Head + "  \"stages\": [],\n  \"x\": " + new string('[', 10_000) + new string(']', 10_000) + "\n}"), null! },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Validate_UnreadableFile_ExitsTwoWithOneLine(string name, byte[] contents, string? sentence) =>
        AssertOneLine("validate", name, contents, sentence);

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Format_UnreadableFile_ExitsTwoWithOneLine(string name, byte[] contents, string? sentence) =>
        AssertOneLine("format", name, contents, sentence);

    [Theory]
    [InlineData("validate")]
    [InlineData("format")]
    public void MissingFile_SaysNoSuchFile(string command)
    {
        var path = Path.Combine(_folder.Path, "none.json");

        var result = CliRunner.Run(command, path);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"{path}: no such file.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Directory_SaysItIsADirectory()
    {
        var result = CliRunner.Run("format", _folder.Path);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"{_folder.Path}: is a directory, not a map file.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void FileOverTheLimit_IsRefusedWithOneLine()
    {
        var path = Path.Combine(_folder.Path, "big.json");
        using (var file = File.Create(path))
        {
            file.SetLength(17 * 1024 * 1024);
        }

        var result = CliRunner.Run("format", path);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"{path}: the document is 17,825,792 bytes, more than the 16,777,216 bytes this reader accepts (raise it with --max-map-bytes to accept more).", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var path = _folder.Write("bom.json", [0xEF, 0xBB, 0xBF, .. Utf8(Head + "  \"stages\": []\n}")]);

        var result = CliRunner.Run("format", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("{\n", result.Out, StringComparison.Ordinal);
    }

    private void AssertOneLine(string command, string name, byte[] contents, string? sentence)
    {
        var path = _folder.Write(name.Replace(' ', '-') + ".json", contents);

        var result = CliRunner.Run(command, path);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal(sentence is null ? line : $"{path}: {sentence}", line);
        Assert.StartsWith($"{path}: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
