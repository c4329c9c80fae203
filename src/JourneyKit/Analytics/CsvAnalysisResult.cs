using JourneyKit.Csv;

namespace JourneyKit.Analytics;

/// <summary>What <see cref="IJourneyAnalyzer.AnalyzeCsv"/> found in a CSV file.</summary>
public sealed record CsvAnalysisResult
{
    /// <summary>The report over every line read.</summary>
    public required JourneyAnalyticsReport Report { get; init; }

    /// <summary>The partial result behind <see cref="Report"/>, to merge with the results of other files that hold other customers.</summary>
    public required JourneyAnalyticsAccumulator Accumulator { get; init; }

    /// <summary>The first malformed line or unknown touchpoint, by line number; <see langword="null"/> when every line was used.</summary>
    public CsvProblem? FirstProblem { get; init; }

    /// <summary>
    /// Whether reading stopped at <see cref="FirstProblem"/> because <see cref="AnalyticsOptions.StopAtFirstProblem"/> was set;
    /// the report then covers only part of the file.
    /// </summary>
    public bool Stopped { get; init; }
}
