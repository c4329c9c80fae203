using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>Compares the report of a SQL engine with the in-memory one, every key of version 2: counts and ids exactly, numbers within 1e-9 relative.</summary>
internal static class SqlReportAssert
{
    public const double Tolerance = 1e-9;

    /// <summary>Reads the engine's JSON (which must be a valid analytics report) and compares it.</summary>
    public static void Same(JourneyAnalyticsReport expected, string actualJson)
    {
        var actual = AnalyticsReportJson.Read(actualJson);
        var problems = Differences(expected, actual);
        Assert.True(problems.Count == 0, string.Join('\n', problems) + "\nexpected:\n" + AnalyticsReportJson.Write(expected) + "actual:\n" + actualJson);
    }

    public static List<string> Differences(JourneyAnalyticsReport expected, JourneyAnalyticsReport actual)
    {
        var problems = new List<string>();
        void Exact<T>(string what, T e, T a)
        {
            if (!EqualityComparer<T>.Default.Equals(e, a))
            {
                problems.Add($"{what}: expected {e}, got {a}");
            }
        }

        void Near(string what, double? e, double? a)
        {
            if (e is null != a is null || (e is { } x && a is { } y && Math.Abs(x - y) > Tolerance * Math.Max(Math.Abs(x), Math.Abs(y))))
            {
                problems.Add($"{what}: expected {e:R}, got {a:R}");
            }
        }

        void Percentiles(string what, TimePercentiles? e, TimePercentiles? a)
        {
            Exact(what + " is null", e is null, a is null);
            if (e is not null && a is not null)
            {
                Near(what + ".p25", e.P25, a.P25);
                Near(what + ".p50", e.P50, a.P50);
                Near(what + ".p75", e.P75, a.P75);
                Near(what + ".p90", e.P90, a.P90);
                Near(what + ".p95", e.P95, a.P95);
            }
        }

        Exact("mapId", expected.MapId, actual.MapId);
        Exact("events", expected.Events, actual.Events);
        Exact("customers", expected.Customers, actual.Customers);
        Exact("unknownTouchpointEvents", expected.UnknownTouchpointEvents, actual.UnknownTouchpointEvents);
        Exact("malformedLines", expected.MalformedLines, actual.MalformedLines);
        Near("customerInitiatedShare", expected.CustomerInitiatedShare, actual.CustomerInitiatedShare);
        Exact("stages.Count", expected.Stages.Count, actual.Stages.Count);
        for (var i = 0; i < Math.Min(expected.Stages.Count, actual.Stages.Count); i++)
        {
            var (e, a) = (expected.Stages[i], actual.Stages[i]);
            Exact($"stages[{i}].stageId", e.StageId, a.StageId);
            Exact($"stages[{i}].reach", e.Reach, a.Reach);
            Exact($"stages[{i}].funnel", e.Funnel, a.Funnel);
            Near($"stages[{i}].conversionFromPrevious", e.ConversionFromPrevious, a.ConversionFromPrevious);
            Near($"stages[{i}].medianSecondsFromPrevious", e.MedianSecondsFromPrevious, a.MedianSecondsFromPrevious);
            Percentiles($"stages[{i}].secondsFromPrevious", e.SecondsFromPrevious, a.SecondsFromPrevious);
        }

        Exact("window", e: expected.Window?.Seconds, a: actual.Window?.Seconds);
        Exact("funnelStageIds", string.Join('>', expected.FunnelStageIds), string.Join('>', actual.FunnelStageIds));
        Exact("secondsToConvert is null", expected.SecondsToConvert is null, actual.SecondsToConvert is null);
        if (expected.SecondsToConvert is { } ec && actual.SecondsToConvert is { } ac)
        {
            Exact("secondsToConvert.n", ec.N, ac.N);
            Percentiles("secondsToConvert", new TimePercentiles { P25 = ec.P25, P50 = ec.P50, P75 = ec.P75, P90 = ec.P90, P95 = ec.P95 }, new TimePercentiles { P25 = ac.P25, P50 = ac.P50, P75 = ac.P75, P90 = ac.P90, P95 = ac.P95 });
        }

        Exact("breakdown", expected.Breakdown, actual.Breakdown);
        Exact("cohorts", expected.Cohorts, actual.Cohorts);
        Exact("firedPlays", string.Join(',', expected.FiredPlays.Select(p => p.PlayId)), string.Join(',', actual.FiredPlays.Select(p => p.PlayId)));

        Exact("paths.Count", expected.Paths.Count, actual.Paths.Count);
        for (var i = 0; i < Math.Min(expected.Paths.Count, actual.Paths.Count); i++)
        {
            Exact($"paths[{i}].stageIds", string.Join('>', expected.Paths[i].StageIds), string.Join('>', actual.Paths[i].StageIds));
            Exact($"paths[{i}].customers", expected.Paths[i].Customers, actual.Paths[i].Customers);
        }

        return problems;
    }
}
