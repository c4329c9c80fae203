using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// A real browser looks at the HTML report of every example (docs/examples/*.json) and of the sample
/// maps: Chromium renders it headless, and the screenshot must have the window's size, be far from
/// blank, and the browser must log no console message (no script error, no blocked load).
/// </summary>
/// <remarks>
/// Set <c>JOURNEYKIT_SCREENSHOTS=1</c> to copy each screenshot to docs/images/ (scripts/screenshots.sh does).
/// Skipped only where Chromium is missing and <c>CI</c> is not <c>true</c>.
/// </remarks>
public sealed class BrowserRenderingTests
{
    [ChromiumFact]
    public void HtmlReport_OfEveryExample_RendersInChromium()
    {
        var maps = Examples().ToList();
        Assert.NotEmpty(maps);
        var work = Directory.CreateTempSubdirectory("journeykit-browser-");
        try
        {
            var failures = new List<string>();
            foreach (var (name, json) in maps)
            {
                var mapFile = Path.Combine(work.FullName, name + ".json");
                File.WriteAllText(mapFile, json);
                var page = Path.Combine(work.FullName, name + ".html");
                var render = CliRunner.Run("render", mapFile, "--format", "html", "-o", page);
                if (render.ExitCode != ExitCodes.Success)
                {
                    failures.Add($"{name}: render exited {render.ExitCode}: {render.Error}");
                    continue;
                }

                var png = Path.Combine(work.FullName, name + ".png");
                var run = Chromium.Screenshot(page, png);
                failures.AddRange(CheckScreenshot(name, run, png));
                if (Environment.GetEnvironmentVariable("JOURNEYKIT_SCREENSHOTS") == "1" && File.Exists(png))
                {
                    var images = Path.Combine(RepositoryRoot.Path, "docs", "images");
                    Directory.CreateDirectory(images);
                    File.Copy(png, Path.Combine(images, name + ".png"), overwrite: true);
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
    public void HtmlReport_OfHostileMap_RunsNothingAndLoadsNothing()
    {
        // Had any payload escaped, the page's Content-Security-Policy would refuse it and say so on the console.
        var work = Directory.CreateTempSubdirectory("journeykit-browser-");
        try
        {
            var page = Path.Combine(work.FullName, "hostile.html");
            File.WriteAllText(page, Unvalidated.Renderer.Render(SampleMaps.Hostile(), JourneyKit.Rendering.RenderFormat.Html));
            var png = Path.Combine(work.FullName, "hostile.png");

            var failures = CheckScreenshot("hostile", Chromium.Screenshot(page, png), png).ToList();

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [ChromiumFact]
    public void ConsoleErrors_AreDetected()
    {
        // Positive controls: a script error, and a script the report's policy refuses, must both be caught by the same check.
        var work = Directory.CreateTempSubdirectory("journeykit-browser-");
        try
        {
            var broken = Path.Combine(work.FullName, "broken.html");
            File.WriteAllText(broken, "<!DOCTYPE html><html><body><p>broken</p><script>console.error('journeykit-probe'); undefinedFunction();</script></body></html>");
            var run = Chromium.Screenshot(broken, Path.Combine(work.FullName, "broken.png"));

            Assert.Contains(run.ConsoleLines, l => l.Contains("journeykit-probe", StringComparison.Ordinal));
            Assert.Contains(run.ConsoleLines, l => l.Contains("Uncaught", StringComparison.Ordinal));

            var refused = Path.Combine(work.FullName, "refused.html");
            File.WriteAllText(refused, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" /></head><body><p>x</p><script>document.title = 'ran';</script></body></html>");
            run = Chromium.Screenshot(refused, Path.Combine(work.FullName, "refused.png"));

            Assert.Contains(run.ConsoleLines, l => l.Contains("Content Security Policy", StringComparison.Ordinal));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> CheckScreenshot(string name, BrowserRun run, string png) =>
        ScreenshotChecks.Common(name, run, png, Chromium.WindowWidth, Chromium.WindowHeight).Failures;

    /// <summary>docs/examples/*.json, then the sample maps: the realistic 5 × 6 retail map and a generated 10 × 12 one.</summary>
    private static IEnumerable<(string Name, string Json)> Examples()
    {
        var examples = Path.Combine(RepositoryRoot.Path, "docs", "examples");
        if (Directory.Exists(examples))
        {
            foreach (var file in Directory.GetFiles(examples, "*.json").Order(StringComparer.Ordinal))
            {
                yield return (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            }
        }

        var serializer = new JourneySerializer();
        yield return ("sample-online-retail", serializer.Write(SampleMaps.Retail()));
        yield return ("sample-generated-10x12", serializer.Write(SampleMaps.Generated(10, 12)));
    }
}
