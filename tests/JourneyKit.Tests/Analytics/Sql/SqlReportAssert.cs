using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>Compares the report of a SQL engine with the in-memory one: counts and ids exactly, numbers within 1e-9 relative.</summary>
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
        }

        Exact("paths.Count", expected.Paths.Count, actual.Paths.Count);
        for (var i = 0; i < Math.Min(expected.Paths.Count, actual.Paths.Count); i++)
        {
            Exact($"paths[{i}].stageIds", string.Join('>', expected.Paths[i].StageIds), string.Join('>', actual.Paths[i].StageIds));
            Exact($"paths[{i}].customers", expected.Paths[i].Customers, actual.Paths[i].Customers);
        }

        return problems;
    }
}
