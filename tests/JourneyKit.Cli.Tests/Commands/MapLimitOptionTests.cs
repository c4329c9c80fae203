namespace JourneyKit.Cli.Tests.Commands;

/// <summary>
/// <c>--max-map-bytes</c> (issue 15, item 7): the map reader's size limit, raised or lowered on the command line, given
/// before or after the command; a refusal names the flag; a bad value is one sentence, exit 2; runs in parallel keep
/// their own limit.
/// </summary>
public sealed class MapLimitOptionTests
{
    private static readonly string Example = Path.Combine(RepositoryRoot.Path, "docs", "examples", "b2b-saas.json");

    private static long Size => new FileInfo(Example).Length;

    [Fact]
    public void LimitBelowTheFile_RefusesItNamingTheFlag()
    {
        var limit = Size - 1;
        foreach (var command in new[] { new[] { "validate" }, ["score"], ["render", "--format", "svg"], ["format", "--check"], ["diff", Example] })
        {
            var result = CliRunner.Run([command[0], Example, .. command[1..], "--max-map-bytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

            Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
            // diff reads two maps (here the same file twice) and names each it cannot read.
            Assert.Equal(
                Enumerable.Repeat($"{Example}: the document is {Size:N0} bytes, more than the {limit:N0} bytes this reader accepts (raise it with --max-map-bytes to accept more).", command[0] == "diff" ? 2 : 1),
                result.ErrorLines);
        }
    }

    [Fact]
    public void LimitOfTheFileSize_ReadsIt_BeforeOrAfterTheCommand()
    {
        var exact = Size.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("validate", Example, "--max-map-bytes", exact).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("--max-map-bytes", exact, "validate", Example).ExitCode);
        Assert.Equal(CliRunner.Run("score", Example).Out, CliRunner.Run("score", Example, "--max-map-bytes", "1GiB").Out);
    }

    [Fact]
    public void Units_KiBMiBGiB_AreBinary()
    {
        var kib = (Size / 1024) + 1;
        Assert.Equal(ExitCodes.Success, CliRunner.Run("validate", Example, "--max-map-bytes", $"{kib}KiB").ExitCode);
        var below = CliRunner.Run("validate", Example, "--max-map-bytes", $"{kib - 1} KiB");
        Assert.Contains($"more than the {(kib - 1) * 1024:N0} bytes", Assert.Single(below.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    [InlineData("3GiB")]
    [InlineData("2147483592")]
    [InlineData("1.5MiB")]
    [InlineData("")]
    public void BadValue_OneSentence_ExitTwo(string value)
    {
        var result = CliRunner.Run("validate", Example, "--max-map-bytes", value);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(
            $"--max-map-bytes: '{value}' is not a map size limit; give a whole number of bytes from 1 to 2147483591, optionally with KiB, MiB or GiB, such as 64MiB.",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void RunsInParallel_KeepTheirOwnLimit()
    {
        var low = (Size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var codes = new int[64];
        Parallel.For(0, codes.Length, i => codes[i] = i % 2 == 0
            ? CliRunner.Run("validate", Example, "--max-map-bytes", low).ExitCode
            : CliRunner.Run("validate", Example).ExitCode);

        Assert.All(codes.Select((code, i) => (code, i)), r => Assert.Equal(r.i % 2 == 0 ? ExitCodes.Unreadable : ExitCodes.Success, r.code));
    }
}
