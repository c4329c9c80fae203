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
    /// <summary>
    /// <c>generate-map N --out FILE</c>: writes the benchmark's map of N touchpoints (default 100,000) as a JSON file, for
    /// measuring <c>journeykit render</c> end to end (time and peak memory of the process; docs/performance.md).
    /// </summary>
    public static int GenerateMap(string[] args)
    {
        var touchpoints = args.Length > 0 && !args[0].StartsWith('-') ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var at = Array.IndexOf(args, "--out");
        if (at < 0 || at + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: generate-map [TOUCHPOINTS] --out FILE");
            return 2;
        }

        var map = RenderBenchmark.CreateMap(touchpoints / RenderBenchmark.PerStage, RenderBenchmark.PerStage);
        File.WriteAllText(args[at + 1], new JourneyKit.Serialization.JourneySerializer().Write(map));
        return 0;
    }

    public static int Run(string[] args)
    {
        var touchpoints = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var map = RenderBenchmark.CreateMap(touchpoints / RenderBenchmark.PerStage, RenderBenchmark.PerStage);
        var renderer = new JourneyRenderer();

        // What journeykit render does before it draws: read the file's bytes (twice: the first includes the code's warm-up),
        // validate, score without validating again.
        var json = System.Text.Encoding.UTF8.GetBytes(new JourneyKit.Serialization.JourneySerializer().Write(map));
        var reader = new JourneyKit.Serialization.JourneySerializer(new JourneyKit.Serialization.JourneySerializerOptions { MaxDocumentBytes = json.Length });
        Measure("read (cold)", () => reader.Read(json), _ => json.Length);
        var read = Measure("read", () => reader.Read(json), _ => json.Length);
        Measure("validate", () => new JourneyKit.Validation.JourneyValidator().Validate(read), _ => 0);
        Measure("score only", () => new JourneyScorer(new ScoringOptions { ValidateMap = false }).Score(read), _ => 0);
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
        Console.WriteLine($"{name,-12} {clock.Elapsed.TotalSeconds,8:0.000} s {allocated / 1e6,10:0.0} MB allocated, {length(result) / 1e6,8:0.0} M chars");
        return result;
    }
}
