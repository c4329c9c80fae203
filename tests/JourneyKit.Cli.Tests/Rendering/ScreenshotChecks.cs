namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// What every screenshot test asks of a headless Chromium run first: it exited 0, printed nothing to its
/// console, wrote a PNG of the window's size, and the picture is not blank. Each test then adds the checks
/// of its own picture (chart colours, handoff arrows) on the decoded image.
/// </summary>
internal static class ScreenshotChecks
{
    /// <summary>The failures of the common checks, and the decoded screenshot (null when none was written).</summary>
    public static (List<string> Failures, PngImage? Image) Common(string name, BrowserRun run, string png, int width, int height, bool checkForeground = true)
    {
        var failures = new List<string>();
        if (run.ExitCode != 0)
        {
            failures.Add($"{name}: chromium exited {run.ExitCode}");
        }

        failures.AddRange(run.ConsoleLines.Select(line => $"{name}: console: {line.Trim()}"));
        if (!File.Exists(png))
        {
            failures.Add($"{name}: no screenshot was written");
            return (failures, null);
        }

        var image = PngImage.Decode(File.ReadAllBytes(png));
        if (image.Width != width || image.Height != height)
        {
            failures.Add($"{name}: screenshot is {image.Width}x{image.Height}, expected {width}x{height}");
        }

        var colours = image.DistinctColours();
        if (colours < 64)
        {
            failures.Add($"{name}: only {colours} distinct colours: the picture looks blank");
        }

        var foreground = image.ForegroundShare();
        if (checkForeground && foreground < 0.2)
        {
            failures.Add($"{name}: only {foreground:P0} of the pixels differ from the background: the picture looks blank");
        }

        return (failures, image);
    }
}
