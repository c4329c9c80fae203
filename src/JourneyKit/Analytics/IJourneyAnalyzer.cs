using JourneyKit.Csv;
using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// Turns event data — who met which touchpoint when — into journey analytics: reach, the ordered
/// funnel with conversion and time between steps, the most frequent paths, the share of contacts the
/// customer started, and a count of what could not be used. The definitions are in docs/analytics.md.
/// </summary>
/// <threadsafety>Implementations are stateless and safe to use from several threads at once.</threadsafety>
public interface IJourneyAnalyzer
{
    /// <summary>Analyses events held in memory or produced by any sequence.</summary>
    /// <param name="map">The map whose stages and touchpoints the events refer to.</param>
    /// <param name="events">The events, in any order (or grouped by customer, see <see cref="AnalyticsOptions.Order"/>).</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice, or grouped events are not grouped, or the options name an unknown or repeated funnel stage or a window that is not positive.</exception>
    /// <exception cref="JourneyKit.Csv.PeriodLimitException">Thrown when the cohorts (<see cref="AnalyticsOptions.CohortPeriod"/>) would span more than <see cref="AnalyticsOptions.MaxCohortPeriods"/> periods.</exception>
    JourneyAnalyticsReport Analyze(JourneyMap map, IEnumerable<JourneyEvent> events, AnalyticsOptions? options = null);

    /// <summary>Analyses events produced asynchronously (a database cursor, a message stream).</summary>
    /// <param name="map">The map whose stages and touchpoints the events refer to.</param>
    /// <param name="events">The events.</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice, or grouped events are not grouped, or the options name an unknown or repeated funnel stage or a window that is not positive.</exception>
    /// <exception cref="JourneyKit.Csv.PeriodLimitException">Thrown when the cohorts (<see cref="AnalyticsOptions.CohortPeriod"/>) would span more than <see cref="AnalyticsOptions.MaxCohortPeriods"/> periods.</exception>
    Task<JourneyAnalyticsReport> AnalyzeAsync(JourneyMap map, IAsyncEnumerable<JourneyEvent> events, AnalyticsOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Analyses a CSV stream (RFC 4180, UTF-8 with or without BOM, CRLF or LF) whose header names the
    /// columns <c>customerId</c>, <c>touchpointId</c> and <c>timestamp</c> in any order, among others.
    /// </summary>
    /// <param name="map">The map whose stages and touchpoints the events refer to.</param>
    /// <param name="csv">The CSV data; read to the end (or to the first problem under <see cref="AnalyticsOptions.StopAtFirstProblem"/>), not closed.</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The report, the mergeable partial result, and the first line that could not be used.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="csv"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyCsvException">Thrown when the input is empty or its header lacks one of the three columns.</exception>
    /// <exception cref="IOException">Thrown when the stream cannot be read.</exception>
    /// <exception cref="JourneyKit.Csv.PeriodLimitException">Thrown when the cohorts (<see cref="AnalyticsOptions.CohortPeriod"/>) would span more than <see cref="AnalyticsOptions.MaxCohortPeriods"/> periods.</exception>
    CsvAnalysisResult AnalyzeCsv(JourneyMap map, Stream csv, AnalyticsOptions? options = null, CancellationToken cancellationToken = default);
}
