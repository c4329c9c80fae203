using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace JourneyKit.Benchmarks;

/// <summary>A summary column with the throughput: bytes processed per call divided by the mean time, in GB/s (10⁹ bytes).</summary>
/// <param name="bytesPerCall">The number of bytes one benchmark call processes.</param>
public sealed class ThroughputColumn(long bytesPerCall) : IColumn
{
    /// <inheritdoc/>
    public string Id => $"{nameof(ThroughputColumn)}.{bytesPerCall}";

    /// <inheritdoc/>
    public string ColumnName => "GB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => $"Throughput: {bytesPerCall:N0} bytes / Mean, in 10^9 bytes per second";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } meanNanoseconds and > 0
            ? (bytesPerCall / meanNanoseconds).ToString("F2", CultureInfo.InvariantCulture)
            : "NA";

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
