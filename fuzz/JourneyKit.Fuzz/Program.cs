using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.Csv;
using JourneyKit.Model;
using JourneyKit.Monitoring;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Validation;
using SharpFuzz;

namespace JourneyKit.Fuzz;

/// <summary>
/// The coverage-guided fuzz targets (docs/reliability.md, "Coverage-guided campaign"). Each target takes the
/// bytes AFL++ gives it and throws only when the library breaks its contract: an exception that is not the
/// documented one, or a figure that is not finite. An uncaught exception is what AFL++ records as a crash.
/// </summary>
/// <remarks>
/// <c>JourneyKit.Fuzz &lt;target&gt;</c> runs under <c>afl-fuzz</c> (fuzz/run.sh instruments JourneyKit.dll first);
/// <c>JourneyKit.Fuzz &lt;target&gt; &lt;file&gt;…</c> runs the target once on each file, to replay a finding.
/// </remarks>
public static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["map"] = static bytes => Harness.Instance.Map(bytes),
        ["events"] = static bytes => Harness.Instance.Events(bytes),
        ["answers"] = static bytes => Harness.Instance.Answers(bytes),
    };

    /// <summary>The reference map's path: read by the harness on first use, inside the fuzzing loop.</summary>
    private static string _referencePath = null!;

    /// <summary>Runs one target under AFL++, or on the files named after it.</summary>
    /// <param name="args">The target (<c>map</c>, <c>events</c>, <c>answers</c>), the reference map, then files to replay.</param>
    /// <returns>0, or 2 for a wrong command line.</returns>
    public static int Main(string[] args)
    {
        if (args.Length < 2 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: JourneyKit.Fuzz map|events|answers <reference-map.json> [file …]");
            return 2;
        }

        // No JourneyKit code may run before Fuzzer.Run: the instrumented assembly writes its coverage into AFL++'s
        // shared memory, which exists only from then on (the harness is built on the first input).
        _referencePath = args[1];
        if (args.Length > 2)
        {
            foreach (var file in args.Skip(2))
            {
                Run(target, File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok");
            }

            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Run(target, copy.ToArray());
        });
        return 0;
    }

    private static void Run(Action<byte[]> target, byte[] bytes)
    {
        Harness.SpellsNonFinite = bytes.AsSpan().IndexOf("NaN"u8) >= 0 || bytes.AsSpan().IndexOf("Infinity"u8) >= 0;
        target(bytes);
    }

    /// <summary>The library's services and the reference map, built on the first input.</summary>
    private sealed class Harness
    {
        private static Harness? _instance;

        private readonly JourneySerializer _serializer = new();
        private readonly JourneyValidator _validator = new();
        private readonly JourneyScorer _scorer;
        private readonly JourneyRenderer _renderer;
        private readonly JourneyComparer _comparer;
        private readonly JourneyAnalyzer _analyzer = new();
        private readonly JourneyMap _reference;

        private Harness()
        {
            _scorer = new JourneyScorer();
            _renderer = new JourneyRenderer(_scorer);
            _comparer = new JourneyComparer(_scorer);
            _reference = _serializer.ReadFile(_referencePath);
        }

        public static Harness Instance => _instance ??= new Harness();

        /// <summary>Whether the input itself spells NaN or Infinity, which a name may then carry into the output as text.</summary>
        public static bool SpellsNonFinite { get; set; }

        /// <summary>The map reader, the validator, the scorer, every renderer and view, the comparer and the writer.</summary>
        public void Map(byte[] bytes)
        {
            JourneyMap map;
            try
            {
                map = _serializer.Read(bytes);
            }
            catch (JourneyFormatException e)
            {
                OneLine(e.Message);
                if (e.PartialMap is { } partial)
                {
                    _validator.Validate(partial);
                }

                return;
            }

            if (!_validator.Validate(map).IsValid)
            {
                Refused(() => _scorer.Score(map));
                Refused(() => _renderer.Render(map, RenderFormat.Svg));
                Refused(() => _comparer.Compare(_reference, map));
                return;
            }

            var scores = _scorer.Score(map);
            Finite(ScoreReportJson.Write(scores));
            foreach (var format in Enum.GetValues<RenderFormat>())
            {
                Finite(_renderer.Render(map, scores, format));
            }

            Finite(_renderer.Render(map, scores, RenderFormat.Html, new RenderOptions { View = RenderView.Blueprint }));
            foreach (var persona in map.Personas)
            {
                Finite(_renderer.Render(map, scores, RenderFormat.Svg, new RenderOptions { PersonaId = persona.Id }));
            }

            Finite(DiffReportJson.Write(_comparer.Compare(_reference, map)));
            Finite(DiffReportJson.Write(_comparer.Compare(map, map)));
            var again = _serializer.Read(_serializer.WriteUtf8(map));
            if (!again.Equals(map))
            {
                throw new InvalidOperationException("The map written and read back is not the map read.");
            }
        }

        /// <summary>The events reader and the analytics, plain and with every option on.</summary>
        public void Events(byte[] bytes)
        {
            Csv(() => Finite(AnalyticsReportJson.Write(_analyzer.AnalyzeCsv(_reference, new MemoryStream(bytes)).Report)));
            Csv(() =>
            {
                var options = new AnalyticsOptions
                {
                    Window = TimeSpan.FromDays(7),
                    Breakdown = "channel",
                    CohortPeriod = CohortPeriod.Week,
                    CollectCustomers = true,
                };
                Finite(AnalyticsReportJson.Write(_analyzer.AnalyzeCsv(_reference, new MemoryStream(bytes), options).Report));
            });
        }

        /// <summary>The answers reader and the monitoring report.</summary>
        public void Answers(byte[] bytes) =>
            Csv(() => Finite(MonitoringReportJson.Write(SurveyMonitor.ReadCsv(_reference, new MemoryStream(bytes)).ToReport())));

        private static void Csv(Action read)
        {
            try
            {
                read();
            }
            catch (JourneyCsvException e)
            {
                OneLine(e.Message);
            }
            catch (PeriodLimitException e)
            {
                // Answers or cohorts spanning more periods than a report may cover: documented, one sentence (exit 2 in the CLI).
                OneLine(e.Message);
            }
        }

        private static void Refused(Action action)
        {
            try
            {
                action();
            }
            catch (InvalidJourneyMapException)
            {
                return;
            }

            throw new InvalidOperationException("An invalid map was scored, rendered or compared without InvalidJourneyMapException.");
        }

        private static void OneLine(string message)
        {
            if (string.IsNullOrWhiteSpace(message) || message.Contains('\n', StringComparison.Ordinal) || message.Contains("System.", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"A refusal that is not one sentence in the user's terms: {message}");
            }
        }

        private static void Finite(string output)
        {
            if (!SpellsNonFinite && (output.Contains("NaN", StringComparison.Ordinal) || output.Contains("Infinity", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("An output holds NaN or Infinity.");
            }
        }
    }
}
