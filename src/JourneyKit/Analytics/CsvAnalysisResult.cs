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

    /// <summary>How many malformed lines <see cref="FirstMalformedLines"/> keeps: 5.</summary>
    public const int MalformedLinesKept = 5;

    /// <summary>
    /// The first malformed lines of the input by line number, at most <see cref="MalformedLinesKept"/> (lines on unknown
    /// touchpoints are not malformed and are not among them), each with its line, what is wrong and its content: what
    /// <c>journeykit analyze</c> names on standard error without <c>--strict</c>. Empty when no line was malformed.
    /// </summary>
    public IReadOnlyList<CsvProblem> FirstMalformedLines { get; init; } = [];

    /// <summary>Whether <paramref name="other"/> holds the same values: the report, the accumulator, the first problem and the malformed lines element by element.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this result's.</returns>
    public bool Equals(CsvAnalysisResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Report == other.Report
            && EqualityComparer<JourneyAnalyticsAccumulator>.Default.Equals(Accumulator, other.Accumulator)
            && FirstProblem == other.FirstProblem
            && Stopped == other.Stopped
            && Model.Equality.ListEqual(FirstMalformedLines, other.FirstMalformedLines));

    /// <summary>A hash code that agrees with <see cref="Equals(CsvAnalysisResult)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Report, Accumulator, FirstProblem, Stopped, Model.Equality.ListHash(FirstMalformedLines));
}
