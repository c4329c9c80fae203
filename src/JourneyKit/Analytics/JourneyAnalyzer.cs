using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// The journey analytics engine: streaming, parallel over customers, and exact.
/// </summary>
/// <remarks>
/// <para>In-memory events (<see cref="Analyze"/>, <see cref="Accumulate"/>, and <see cref="AnalyzeAsync"/>
/// chunk by chunk) are folded on their strings, with no copy of any id: see <see cref="StringEventFold"/>.
/// For CSV input, each of
/// <see cref="AnalyticsOptions.MaxDegreeOfParallelism"/> workers reads part of the input and
/// appends every event, without locks, to one of 512 buckets chosen by a hash of the customer id, so
/// buckets hold disjoint customers. Then the buckets are folded in parallel: a bucket's customers are
/// interned in a small table that stays in cache (ids compared byte for byte, never trusted to the hash
/// alone), grouped with a counting sort and folded one by one into a partial result; the partial
/// results merge exactly.</para>
/// <para>CSV is read by JourneyKit's own RFC 4180 reader over UTF-8 bytes, which allocates nothing per
/// line. The common ISO 8601 forms are read directly; the others go through
/// <see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>.</para>
/// </remarks>
/// <threadsafety>Instances are stateless and safe to use from several threads at once.</threadsafety>
public sealed class JourneyAnalyzer : IJourneyAnalyzer
{
    /// <inheritdoc/>
    public JourneyAnalyticsReport Analyze(JourneyMap map, IEnumerable<JourneyEvent> events, AnalyticsOptions? options = null)
    {
        options = AnalyticsOptions.Snapshot(options);
        return Report(Fold(map, events, options), options);
    }

    /// <summary>Like <see cref="Analyze"/>, but returns the partial result, to merge with those of other customers.</summary>
    /// <param name="map">The map whose stages and touchpoints the events refer to.</param>
    /// <param name="events">The events.</param>
    /// <param name="options">How to read; <see langword="null"/> for the defaults.</param>
    /// <returns>The partial result.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice, or grouped events are not grouped.</exception>
    /// <exception cref="JourneyKit.Csv.PeriodLimitException">Thrown when the cohorts (<see cref="AnalyticsOptions.CohortPeriod"/>) would span more than <see cref="AnalyticsOptions.MaxCohortPeriods"/> periods.</exception>
    public JourneyAnalyticsAccumulator Accumulate(JourneyMap map, IEnumerable<JourneyEvent> events, AnalyticsOptions? options = null) =>
        new(Fold(map, events, options));

    private static AnalyticsState Fold(JourneyMap map, IEnumerable<JourneyEvent> events, AnalyticsOptions? options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(events);
        options = AnalyticsOptions.Snapshot(options);
        var compiled = AnalyticsMap.Create(map, options);
        if (options.Order == EventOrder.GroupedByCustomer)
        {
            var grouped = new GroupedFold(compiled);
            foreach (var e in events)
            {
                grouped.Add(e);
            }

            return grouped.Finish();
        }

        return EventIngest.RunStrings(new StringEventFold(compiled, options.Shards()), events);
    }

    /// <inheritdoc/>
    public async Task<JourneyAnalyticsReport> AnalyzeAsync(JourneyMap map, IAsyncEnumerable<JourneyEvent> events, AnalyticsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(events);
        options = AnalyticsOptions.Snapshot(options);
        var compiled = AnalyticsMap.Create(map, options);
        if (options.Order == EventOrder.GroupedByCustomer)
        {
            var grouped = new GroupedFold(compiled);
            await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                grouped.Add(e);
            }

            return Report(grouped.Finish(), options);
        }

        return Report(await EventIngest.RunStringsAsync(new StringEventFold(compiled, options.Shards()), events, cancellationToken).ConfigureAwait(false), options);
    }

    /// <inheritdoc/>
    public CsvAnalysisResult AnalyzeCsv(JourneyMap map, Stream csv, AnalyticsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(csv);
        options = AnalyticsOptions.Snapshot(options);
        return new CsvAnalysisRun(AnalyticsMap.Create(map, options), csv, options).Run(cancellationToken);
    }

    /// <summary>The report of a state nobody else holds, whose pooled arrays then go back to the pool.</summary>
    private static JourneyAnalyticsReport Report(AnalyticsState state, AnalyticsOptions options)
    {
        var report = state.ToReport(options.Shards());
        state.Release();
        return report;
    }
}
