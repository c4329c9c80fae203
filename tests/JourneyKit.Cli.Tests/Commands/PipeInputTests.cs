using System.Diagnostics;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Commands;

/// <summary>Maps read from pipes (issue 15, items 2 and 9): <c>-</c> for standard input, and a FIFO or /dev/stdin, which cannot seek.</summary>
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
}
