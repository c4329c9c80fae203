namespace JourneyKit.Comparison;

/// <summary>A figure present in both maps and how it changed: one row of the diff report's <c>metrics</c>.</summary>
/// <param name="Scope">Where the figure belongs.</param>
/// <param name="Id">The stage, touchpoint or KPI id; <see langword="null"/> for the journey.</param>
/// <param name="Metric">Which figure.</param>
/// <param name="Before">Its value in the <c>before</c> map.</param>
/// <param name="After">Its value in the <c>after</c> map.</param>
/// <param name="Difference"><paramref name="After"/> − <paramref name="Before"/>.</param>
/// <param name="StandardError">For NPS, CSAT and CES, the standard error of the difference (see <see cref="SurveyDifference.StandardError"/>); <see langword="null"/> for the other figures.</param>
/// <param name="Statistic">For NPS, CSAT and CES, the test statistic (z, z, Welch's t); <see langword="null"/> for the other figures and where no test is possible.</param>
/// <param name="Significant">For NPS, CSAT and CES, whether the difference is significant at 95 %; <see langword="null"/> for the other figures, which are not samples.</param>
/// <param name="Direction">Whether the change is good, bad or none, by the figure's direction.</param>
public sealed record MetricChange(
    DiffScope Scope,
    string? Id,
    DiffMetric Metric,
    double Before,
    double After,
    double Difference,
    double? StandardError,
    double? Statistic,
    bool? Significant,
    ChangeDirection Direction);
