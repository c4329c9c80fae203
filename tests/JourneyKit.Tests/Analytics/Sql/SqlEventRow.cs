using System.Globalization;
using JourneyKit.Analytics;
using JourneyKit.Model;

namespace JourneyKit.Tests.Analytics.Sql;

/// <summary>A row of an event table: any of the three may be NULL, which the in-memory events cannot express for the time.</summary>
internal sealed record SqlEventRow(string? CustomerId, string? TouchpointId, DateTimeOffset? Timestamp)
{
    /// <summary>The instant as ISO 8601 text with microseconds and an offset, as every engine reads it.</summary>
    public string? TimeText => Timestamp?.ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);

    public static SqlEventRow Of(string? customer, string? touchpoint, double? seconds) =>
        new(customer, touchpoint, seconds is { } s ? AnalyticsTestData.T0.AddTicks((long)Math.Round(s * 1_000_000) * 10) : null);

    /// <summary>
    /// The report the generated SQL must give on <paramref name="rows"/>: the in-memory engine's on the rows
    /// that have a time, with the rows without one counted as malformed (the SQL contract).
    /// </summary>
    public static JourneyAnalyticsReport Expected(JourneyMap map, IReadOnlyList<SqlEventRow> rows, AnalyticsOptions? options = null)
    {
        var timed = rows.Where(r => r.Timestamp is not null).Select(r => new JourneyEvent(r.CustomerId!, r.TouchpointId!, r.Timestamp!.Value)).ToList();
        var report = new JourneyAnalyzer().Analyze(map, timed, new AnalyticsOptions { MaxDegreeOfParallelism = 2, Window = options?.Window, FunnelStageIds = options?.FunnelStageIds });
        return report with { MalformedLines = report.MalformedLines + rows.Count(r => r.Timestamp is null) };
    }
}
