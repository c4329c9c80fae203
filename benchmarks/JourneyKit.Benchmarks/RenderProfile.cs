using System.Diagnostics;
using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Benchmarks;

/// <summary>
/// A quick look, not a measurement: renders the benchmark's map of N touchpoints once per format and prints the time,
/// the bytes allocated and the output's length, to find where the cost goes. Figures to quote come from <see cref="RenderBenchmark"/>.
/// </summary>
internal static class RenderProfile
{
    public static int Run(string[] args)
    {
        var touchpoints = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var map = RenderBenchmark.CreateMap(touchpoints / RenderBenchmark.PerStage, RenderBenchmark.PerStage);
        var renderer = new JourneyRenderer();
        var report = Measure("score", () => new JourneyScorer().Score(map), _ => 0);
        foreach (var (name, format, view) in new[]
        {
            ("mermaid", RenderFormat.Mermaid, RenderView.Map), ("svg", RenderFormat.Svg, RenderView.Map),
            ("html", RenderFormat.Html, RenderView.Map), ("markdown", RenderFormat.Markdown, RenderView.Map),
            ("blueprint", RenderFormat.Svg, RenderView.Blueprint),
        })
        {
            Measure(name, () => renderer.Render(map, report, format, new RenderOptions { View = view }), s => s.Length);
        }

        foreach (var (name, format, view) in new[]
        {
            ("svg>", RenderFormat.Svg, RenderView.Map), ("html>", RenderFormat.Html, RenderView.Map), ("blueprint>", RenderFormat.Svg, RenderView.Blueprint),
        })
        {
            Measure(name, () => RenderBenchmark.Stream(renderer, map, report, format, new RenderOptions { View = view }), bytes => bytes);
        }

        return 0;
    }

    private static T Measure<T>(string name, Func<T> work, Func<T, long> length)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine($"{name,-10} {clock.Elapsed.TotalSeconds,8:0.000} s {allocated / 1e6,10:0.0} MB allocated, {length(result) / 1e6,8:0.0} M chars");
        return result;
    }
}
