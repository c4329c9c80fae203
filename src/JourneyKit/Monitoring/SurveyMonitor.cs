using JourneyKit.Model;

namespace JourneyKit.Monitoring;

/// <summary>Entry points of monitoring: fold answers (in memory or CSV) into an accumulator, then its report.</summary>
public static class SurveyMonitor
{
    /// <summary>Folds a CSV of answers (header <c>timestamp,touchpointId,metric,rating</c>, any order, extra columns allowed) in one streaming pass.</summary>
    /// <param name="map">The map.</param>
    /// <param name="csv">The UTF-8 CSV.</param>
    /// <param name="options">Period, range and strictness; <c>null</c> for the defaults.</param>
    /// <param name="progress">Receives the bytes read so far; may be <c>null</c>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The fold; <see cref="MonitoringAccumulator.ToReport"/> gives the report.</returns>
    /// <exception cref="JourneyKit.Csv.JourneyCsvException">The input has no header, or the header misses a column.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MonitoringOptions.MaxLineBytes"/> is outside 1 to 256 MiB.</exception>
    /// <remarks>With <see cref="MonitoringOptions.Strict"/> the read stops at the first malformed line or unknown touchpoint: see <see cref="MonitoringAccumulator.FirstProblem"/>.</remarks>
    public static MonitoringAccumulator ReadCsv(JourneyMap map, Stream csv, MonitoringOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(csv);
        var accumulator = new MonitoringAccumulator(map, options);
        SurveyAnswerCsvReader.Read(accumulator, csv, options?.Strict ?? false, progress, cancellationToken, options?.MaxLineBytes ?? JourneyKit.Csv.CsvBlockSource.DefaultMaxLineBytes);
        return accumulator;
    }

    /// <summary>Folds answers in memory and reports.</summary>
    /// <param name="map">The map.</param>
    /// <param name="answers">The answers.</param>
    /// <param name="options">Period and range; <c>null</c> for the defaults.</param>
    /// <returns>The report.</returns>
    public static MonitoringReport Report(JourneyMap map, IEnumerable<SurveyAnswer> answers, MonitoringOptions? options = null)
    {
        var accumulator = new MonitoringAccumulator(map, options);
        accumulator.AddRange(answers);
        return accumulator.ToReport();
    }
}
