using System.Diagnostics;

namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// Headless Chromium for the browser tests: finds the executable, takes screenshots and collects what
/// the browser logged, so a test can look for console errors.
/// </summary>
/// <remarks>
/// Console messages come from Chromium's own log: with <c>--enable-logging=stderr --v=0</c> every
/// console message (and every uncaught exception or Content-Security-Policy refusal, which the
/// browser reports on the console) is written to standard error as a line containing
/// <c>:CONSOLE</c>. This needs no DevTools connection; a positive control in the tests (a page that logs an error)
/// positive controls in the tests prove the detection works on this machine.
/// </remarks>
internal static class Chromium
{
    public const int WindowWidth = 1400;
    public const int WindowHeight = 1000;

    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>The browser's path, or null when none is installed.</summary>
    public static string? Path => Executable.Value;

    /// <summary>The reason to skip a browser test, or null to run it: only when there is no browser and CI is not true.</summary>
    public static string? SkipReason =>
        Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? "Chromium is not installed (apt-get install chromium, or set CHROMIUM to its path); the browser tests run in CI, where .ci/run installs it."
            : null;

    /// <summary>Opens <paramref name="page"/> headless, screenshots it to <paramref name="png"/>, returns the browser's log.</summary>
    public static BrowserRun Screenshot(string page, string png) => Screenshot(page, png, WindowWidth, WindowHeight);

    /// <summary>Opens <paramref name="page"/> headless in a window of the given size and screenshots it to <paramref name="png"/>.</summary>
    public static BrowserRun Screenshot(string page, string png, int width, int height) =>
        Run(page, [$"--screenshot={png}", $"--window-size={width},{height}"]);

    /// <summary>
    /// Opens <paramref name="page"/> headless, lets its scripts run for up to <paramref name="budget"/> of virtual time
    /// and returns the document as it then is (Chromium's <c>--dump-dom</c>) on <see cref="BrowserRun.Log"/>'s standard output part.
    /// </summary>
    public static (BrowserRun Run, string Dom) DumpDom(string page, TimeSpan budget)
    {
        var run = Run(page, ["--dump-dom", $"--virtual-time-budget={(int)budget.TotalMilliseconds}"], out var stdout);
        return (run, stdout);
    }

    private static BrowserRun Run(string page, string[] extra) => Run(page, extra, out _);

    private static BrowserRun Run(string page, string[] extra, out string output)
    {
        var browser = Path ?? throw new InvalidOperationException("Chromium is not installed: apt-get install chromium (CI installs it in .ci/run).");
        var profile = Directory.CreateTempSubdirectory("journeykit-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--enable-logging=stderr", "--v=0",
                $"--user-data-dir={profile.FullName}",
            }.Concat(extra).Append(new Uri(System.IO.Path.GetFullPath(page)).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {browser}.");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish {page} within 90 s.");
            }

            output = stdout.Result;
            return new BrowserRun(process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The profile is in the temp folder; a leftover does no harm.
            }
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = System.IO.Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
