using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyKit.Cli.Tests.Rendering;

/// <summary>
/// Headless Chromium draws the service blueprint of every example (<c>journeykit render --format svg --view blueprint</c>)
/// at its full size: the browser logs nothing, the picture has the SVG's size, is far from blank, and the handoff
/// arrows' colour is on screen once per arrow at least.
/// </summary>
/// <remarks>
/// Set <c>JOURNEYKIT_SCREENSHOTS=1</c> to copy each screenshot to docs/images/&lt;example&gt;-blueprint.png (scripts/screenshots.sh does).
/// Skipped only where Chromium is missing and <c>CI</c> is not <c>true</c>.
/// </remarks>
public sealed partial class BlueprintBrowserTests
{
    private const uint HandoffColour = 0xC2410CFF;

    [ChromiumFact]
    public void Blueprint_OfEveryExample_RendersInChromium()
    {
        var work = Directory.CreateTempSubdirectory("journeykit-blueprint-");
        try
        {
            var failures = new List<string>();
            var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "examples"), "*.json").Order(StringComparer.Ordinal).ToList();
            Assert.True(files.Count >= 4, $"only {files.Count} examples");
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file) + "-blueprint";
                var svgFile = Path.Combine(work.FullName, name + ".svg");
                var render = CliRunner.Run("render", file, "--format", "svg", "--view", "blueprint", "-o", svgFile);
                if (render.ExitCode != ExitCodes.Success)
                {
                    failures.Add($"{name}: render exited {render.ExitCode}: {render.Error}");
                    continue;
                }

                var svg = File.ReadAllText(svgFile);
                var size = Size().Match(svg);
                var width = (int)Math.Ceiling(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture));
                var height = (int)Math.Ceiling(double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
                var arrows = svg.Split("class=\"handoff\"").Length - 1;
                var png = Path.Combine(work.FullName, name + ".png");
                var run = Chromium.Screenshot(svgFile, png, width, height);
                failures.AddRange(Check(name, run, png, width, height, arrows));
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

    private static IEnumerable<string> Check(string name, BrowserRun run, string png, int width, int height, int arrows)
    {
        // A blueprint is mostly white lanes, so the share of foreground pixels is not asked of it.
        var (failures, image) = ScreenshotChecks.Common(name, run, png, width, height, checkForeground: false);
        // Each arrow is at least 30 px of 2 px stroke plus its head in the handoff colour.
        var orange = image?.Pixels.Count(p => p == HandoffColour) ?? 0;
        if (image is not null && (arrows == 0 || orange < arrows * 40))
        {
            failures.Add($"{name}: {arrows} handoff arrows, but only {orange} pixels of their colour on screen");
        }

        return failures;
    }

    [GeneratedRegex("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"")]
    private static partial Regex Size();
}
