using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Monitoring;
using JourneyKit.Rendering;
using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyKit.Tests.DependencyInjection;

/// <summary>
/// Issue 15 item 7: the services <c>AddJourneyKit</c> registers are singletons shared by every request
/// of an application, so they must give the same answer from many threads at once. 8 threads each make
/// 1,000 calls, taking the kinds in turn — read, validate, score, render (the four formats in turn),
/// compare, analyse events and monitor answers (<see cref="SurveyMonitor"/>, which is static): over
/// a thousand calls of each kind, all at once — and every result must equal the one computed on a
/// single thread first.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int CallsPerThread = 1000;

    [Fact]
    public void RegisteredServices_From8Threads_GiveTheSingleThreadedResults()
    {
        var services = new ServiceCollection();
        services.AddJourneyKit();
        using var provider = services.BuildServiceProvider();
        var serializer = provider.GetRequiredService<IJourneySerializer>();
        var validator = provider.GetRequiredService<IJourneyValidator>();
        var scorer = provider.GetRequiredService<IJourneyScorer>();
        var renderer = provider.GetRequiredService<IJourneyRenderer>();
        var comparer = provider.GetRequiredService<IJourneyComparer>();
        var analyzer = provider.GetRequiredService<IJourneyAnalyzer>();

        var json = File.ReadAllText(RepositoryRoot.Combine("docs", "examples", "online-retail.json"));
        var map = serializer.Read(json);
        var future = serializer.ReadFile(RepositoryRoot.Combine("docs", "examples", "online-retail-future.json"));
        var touchpoints = map.Stages.SelectMany(static s => s.Touchpoints).Select(static t => t.Id).ToArray();
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        JourneyEvent[] events = [.. Enumerable.Range(0, 400).Select(i => new JourneyEvent($"c{i % 37}", touchpoints[i * 7 % touchpoints.Length], start.AddMinutes(i * 13)))];
        SurveyAnswer[] answers = [.. Enumerable.Range(0, 300).Select(i => new SurveyAnswer(start.AddHours(i * 5), touchpoints[i % touchpoints.Length], (SurveyMetric)(i % 3), i % 3 == 0 ? i % 11 : 1 + i % 5))];
        var formats = Enum.GetValues<RenderFormat>();

        // The single-threaded answers.
        var read = serializer.Read(json);
        var validation = validator.Validate(map);
        var scores = scorer.Score(map);
        var renders = formats.Select(f => renderer.Render(map, f)).ToArray();
        var diff = comparer.Compare(map, future);
        var analytics = analyzer.Analyze(map, events);
        var monitoring = SurveyMonitor.Report(map, answers);
        Assert.True(validation.IsValid);
        Assert.Equal(400, analytics.Events);

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var go = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            go.SignalAndWait();
            for (var i = 0; i < CallsPerThread; i++)
            {
                var format = (t + i / 7) % formats.Length;
                switch ((t + i) % 7)
                {
                    case 0: Same("read", read, serializer.Read(json)); break;
                    case 1: Same("validate", validation.Issues, validator.Validate(map).Issues); break;
                    case 2: Same("score", scores, scorer.Score(map)); break;
                    case 3: Same($"render {formats[format]}", renders[format], renderer.Render(map, formats[format])); break;
                    case 4: Same("diff", diff, comparer.Compare(map, future)); break;
                    case 5: Same("analyze", analytics, analyzer.Analyze(map, events)); break;
                    default: Same("monitor", monitoring, SurveyMonitor.Report(map, answers)); break;
                }
            }
        })).ToList();
        threads.ForEach(static t => t.Start());
        threads.ForEach(static t => t.Join());

        Assert.Empty(failures);

        void Same<T>(string what, T expected, T actual)
        {
            if (!Equals(expected, actual) && !(expected is IEnumerable<ValidationIssue> e && actual is IEnumerable<ValidationIssue> a && e.SequenceEqual(a)))
            {
                failures.Add(what);
            }
        }
    }
}
