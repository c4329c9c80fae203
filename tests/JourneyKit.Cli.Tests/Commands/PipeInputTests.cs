using System.Diagnostics;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>Maps and CSV files read from pipes (issue 15, items 2 and 9): <c>-</c> for standard input, and a FIFO or /dev/stdin, which cannot seek.</summary>
public sealed class PipeInputTests : IDisposable
{
    private readonly TempFolder _folder = new("journeykit-pipes-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Validate_AFifo_ReadsItLikeAFile()
    {
        var fifo = _folder.PathOf("map.fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var json = new JourneySerializer().Write(SampleMaps.Retail());
        var writer = Task.Run(() => File.WriteAllText(fifo, json));

        var result = CliRunner.Run("validate", fifo);
        await writer;

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"{fifo}: valid", result.Out.Trim());
    }

    [Theory]
    [InlineData("validate", "-: valid")]
    [InlineData("score", "Journey score:")]
    public async Task Dash_ReadsTheMapFromStandardInput(string command, string expected)
    {
        var cli = typeof(JourneyKitCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [cli, command, "-"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(new JourneySerializer().Write(SampleMaps.Retail()));
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == ExitCodes.Success, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_InvalidMapOnStandardInput_NamesItAsGiven()
    {
        var cli = typeof(JourneyKitCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [cli, "validate", "-"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("{ \"schemaVersion\": \"1.0\", \"id\": \"m\", \"name\": \"M\", \"stages\": [] }");
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(ExitCodes.Invalid, process.ExitCode);
        Assert.Equal("-: $.stages: 'stages' is required and must hold at least one stage.", error.Trim());
    }

    [Fact]
    public async Task OutputToDevStdout_WhenItIsAPipe_IsWrittenAsAStream()
    {
        // /dev/stdout → /proc/self/fd/1 → "pipe:[…]", a link to no path: written as a stream, not replaced by a file.
        var cli = typeof(JourneyKitCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [cli, "schema", "-o", "/dev/stdout"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == ExitCodes.Success, error);
        Assert.Equal("", error);
        Assert.Equal(CliRunner.Run("schema").Out, await output);
    }

    private static readonly string Map = RepositoryRoot.Combine("docs", "examples", "online-retail.json");

    [Theory]
    [InlineData("analyze", "online-retail-events.csv", "-")]
    [InlineData("analyze", "online-retail-events.csv", "/dev/stdin")]
    [InlineData("monitor", "online-retail-answers.csv", "-")]
    [InlineData("monitor", "online-retail-answers.csv", "/dev/stdin")]
    public async Task CsvOnStandardInput_GivesTheReportOfTheFile(string command, string file, string input)
    {
        var csv = RepositoryRoot.Combine("docs", "examples", file);
        var (code, output, error) = await RunWithInput(File.ReadAllBytes(csv), command, input, "--map", Map, "--format", "json");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(CliRunner.Run(command, csv, "--map", Map, "--format", "json").Out, output);
    }

    [Fact]
    public async Task Analyze_AFifo_GivesTheReportOfTheFile()
    {
        var csv = RepositoryRoot.Combine("docs", "examples", "online-retail-events.csv");
        var fifo = _folder.PathOf("events.fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var writer = Task.Run(() => File.WriteAllBytes(fifo, File.ReadAllBytes(csv)));
        var result = CliRunner.Run("analyze", fifo, "--map", Map, "--format", "json");
        await writer;

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal(CliRunner.Run("analyze", csv, "--map", Map, "--format", "json").Out, result.Out);
    }

    [Fact]
    public async Task Tally_AnswersOnStandardInput_WritesTheMapTheFileWrites()
    {
        var csv = RepositoryRoot.Combine("docs", "examples", "online-retail-answers.csv");
        var fromFile = _folder.PathOf("from-file.json");
        var fromPipe = _folder.PathOf("from-pipe.json");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("tally", csv, "--map", Map, "-o", fromFile).ExitCode);

        var (code, _, error) = await RunWithInput(File.ReadAllBytes(csv), "tally", "-", "--map", Map, "-o", fromPipe);

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(File.ReadAllText(fromFile), File.ReadAllText(fromPipe));
    }

    [Fact]
    public async Task Analyze_BadCsvOnStandardInput_IsOneSentenceNamingIt()
    {
        var (code, output, error) = await RunWithInput("customer,when\nc1,2026-01-01T00:00:00Z\n"u8.ToArray(), "analyze", "-", "--map", Map);

        Assert.Equal(ExitCodes.Unreadable, code);
        Assert.Equal("", output);
        Assert.StartsWith("-: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "events")]
    [InlineData("monitor", "answers")]
    [InlineData("tally", "answers")]
    public void MapAndCsvBothFromStandardInput_AreRefusedInOneSentence(string command, string what)
    {
        string[] args = command == "tally" ? [command, "-", "--map", "-", "-o", _folder.PathOf("out.json")] : [command, "-", "--map", "-"];
        var result = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Unreadable, result.ExitCode);
        Assert.Equal($"journeykit: the map and the {what} cannot both be read from standard input (-); give one of them as a file.", result.Error.Trim());
        Assert.False(File.Exists(_folder.PathOf("out.json")));
    }

    /// <summary>Runs the CLI in a child process whose standard input is a pipe carrying <paramref name="input"/>.</summary>
    private static async Task<(int Code, string Output, string Error)> RunWithInput(byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(JourneyKitCli).Assembly.Location, .. args]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
