using JourneyKit.Rendering;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// Headless Chromium draws the analytics and monitoring pages of the shipped examples (<c>journeykit analyze</c> and
/// <c>journeykit monitor --format html</c>) and an analytics page built by hand with every section (breakdown and
/// cohorts included): the browser logs nothing (no script ran, nothing was refused), the screenshot has the window's
/// size, is far from blank, and shows the charts' colour.
/// </summary>
/// <remarks>
/// Set <c>JOURNEYKIT_SCREENSHOTS=1</c> to copy the screenshots to docs/images/ (scripts/screenshots.sh does).
/// Skipped only where Chromium is missing and <c>CI</c> is not <c>true</c>.
/// </remarks>
public sealed class ReportBrowserTests
{
    private const int Width = 1400;
    private const int Height = 2000;
    private const uint ChartBlue = 0x2563EBFF; // Palette.Process: the time boxes and the series lines

    [ChromiumFact]
    public void ReportPages_OfTheExamples_RenderInChromium()
    {
        var examples = Path.Combine(RepositoryRoot.Path, "docs", "examples");
        var map = Path.Combine(examples, "online-retail.json");
        var work = Directory.CreateTempSubdirectory("journeykit-report-browser-");
        try
        {
            var pages = new List<(string Name, string File)>();
            var analytics = Path.Combine(work.FullName, "online-retail-analytics.html");
            var run = CliRunner.Run("analyze", Path.Combine(examples, "online-retail-events.csv"), "--map", map, "--window", "7d", "--format", "html", "-o", analytics);
            Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
            pages.Add(("online-retail-analytics", analytics));
            var monitoring = Path.Combine(work.FullName, "online-retail-monitoring.html");
            run = CliRunner.Run("monitor", Path.Combine(examples, "online-retail-answers.csv"), "--map", map, "--format", "html", "-o", monitoring);
            Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
            pages.Add(("online-retail-monitoring", monitoring));
            var journey = new JourneySerializer().Read(File.ReadAllBytes(map));
            var sample = Path.Combine(work.FullName, "analytics-breakdown-cohorts.html");
            File.WriteAllText(sample, AnalyticsReportHtml.Write(journey, SampleReports.Analytics(journey, ["web", "app", "store, Leeds", null, "merged"], cohortWeeks: 10)));
            pages.Add(("analytics-breakdown-cohorts", sample));

            var failures = new List<string>();
            foreach (var (name, page) in pages)
            {
                var png = Path.Combine(work.FullName, name + ".png");
                failures.AddRange(Check(name, Chromium.Screenshot(page, png, Width, Height), png));
                if (Environment.GetEnvironmentVariable("JOURNEYKIT_SCREENSHOTS") == "1" && File.Exists(png))
                {
                    File.Copy(png, Path.Combine(RepositoryRoot.Path, "docs", "images", name + ".png"), overwrite: true);
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [ChromiumFact]
    public void ReportPages_OfHostileInput_RunNothingAndLoadNothing()
    {
        // Had any payload escaped, the page's Content-Security-Policy would refuse it and say so on the console.
        var work = Directory.CreateTempSubdirectory("journeykit-report-browser-");
        try
        {
            var map = SampleMaps.Hostile();
            var page = Path.Combine(work.FullName, "hostile-analytics.html");
            File.WriteAllText(page, AnalyticsReportHtml.Write(map, SampleReports.Analytics(map, [.. SampleMaps.Payloads.Take(5)], cohortWeeks: 4, column: SampleMaps.Payloads[1])));
            var png = Path.Combine(work.FullName, "hostile-analytics.png");

            var failures = Check("hostile-analytics", Chromium.Screenshot(page, png, Width, Height), png).ToList();

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Check(string name, BrowserRun run, string png)
    {
        var (failures, image) = ScreenshotChecks.Common(name, run, png, Width, Height);
        // The time boxes (analytics) and the series lines (monitoring) are drawn in the chart blue.
        var blue = image?.Pixels.Count(p => p == ChartBlue) ?? 0;
        if (image is not null && blue < 200)
        {
            failures.Add($"{name}: only {blue} pixels of the chart colour on screen: the charts are not drawn");
        }

        return failures;
    }
}
