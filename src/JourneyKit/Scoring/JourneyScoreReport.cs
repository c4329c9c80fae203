using JourneyKit.Kpis;
using JourneyKit.Measures;
using JourneyKit.Playbooks;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Everything the scoring formulas find in a journey map: scores, survey figures, pain points and
/// delights, outcome opportunities, the value stream, KPIs, benchmarks, the backlog and the plays
/// that fire. Written as JSON by <see cref="ScoreReportJson"/> in the shape of the
/// design's score report, version 1.
/// </summary>
/// <remarks>
/// Figures are not rounded: the model and the JSON carry full doubles, so a consumer can
/// recompute or compare without losing precision, and rounding is left to whoever displays them.
/// An absent figure is <see langword="null"/> (written as JSON <c>null</c>), never 0 or NaN.
/// </remarks>
public sealed record JourneyScoreReport
{
    /// <summary>The id of the scored map.</summary>
    public required string MapId { get; init; }

    /// <summary>
    /// Σ wₚ·scoreₚ / Σ wₚ over personas with a score and weight above 0; without such a persona,
    /// the mean of the stage scores; <see langword="null"/> when there is neither.
    /// </summary>
    public required double? JourneyScore { get; init; }

    /// <summary>One row per persona, in map order.</summary>
    public required IReadOnlyList<PersonaScore> Personas { get; init; }

    /// <summary>One row per stage, in map order.</summary>
    public required IReadOnlyList<StageScore> Stages { get; init; }

    /// <summary>One row per touchpoint, in journey order.</summary>
    public required IReadOnlyList<TouchpointScore> Touchpoints { get; init; }

    /// <summary>The pain points, in journey order; a touchpoint at most once.</summary>
    public required IReadOnlyList<TouchpointFinding> PainPoints { get; init; }

    /// <summary>The moments of delight, in journey order; a touchpoint at most once.</summary>
    public required IReadOnlyList<TouchpointFinding> Delights { get; init; }

    /// <summary>The outcomes by opportunity, highest first, then by id (ordinal); outcomes without an opportunity last, by id.</summary>
    public required IReadOnlyList<OutcomeOpportunity> Outcomes { get; init; }

    /// <summary>The value stream of the whole journey.</summary>
    public required ValueStream ValueStream { get; init; }

    /// <summary>Among touchpoints that state an initiator, the share started by the customer, 0..1; <see langword="null"/> when none states one.</summary>
    public required double? CustomerInitiatedShare { get; init; }

    /// <summary>One row per KPI, in map order.</summary>
    public required IReadOnlyList<KpiResult> Kpis { get; init; }

    /// <summary>One row per stage that some competitor scores, in map order.</summary>
    public required IReadOnlyList<StageBenchmark> Benchmarks { get; init; }

    /// <summary>The ranked backlog: opportunities not done or dropped and with all four RICE inputs, best first.</summary>
    public required IReadOnlyList<BacklogItem> Backlog { get; init; }

    /// <summary>The plays whose condition holds, lowest priority number first (none last), ties in file order.</summary>
    public required IReadOnlyList<FiredPlay> FiredPlays { get; init; }

    /// <summary>
    /// The pain points worst first: most reasons first, then the lowest touchpoint score (pain points
    /// whose touchpoint has no score, or no row in <see cref="Touchpoints"/>, after those with one),
    /// then in the order of <see cref="PainPoints"/> (journey order). <c>journeykit score</c> lists the first five.
    /// </summary>
    /// <remarks>
    /// A ranking for a short list, on purpose not the order of the HTML and Markdown reports: those lay
    /// the pain points out along the journey, in the order of <see cref="PainPoints"/>.
    /// A method rather than a property so that it stays out of the score report's JSON.
    /// </remarks>
    /// <returns>Every pain point, each once, in the order above; empty when there are none.</returns>
    public IReadOnlyList<TouchpointFinding> PainPointsWorstFirst()
    {
        var scores = new Dictionary<string, double?>(Touchpoints.Count, StringComparer.Ordinal);
        foreach (var row in Touchpoints)
        {
            scores.TryAdd(row.TouchpointId, row.Score);
        }

        // OrderBy is stable, so ties after reasons and score keep journey order.
        return PainPoints
            .Select(pain => (Pain: pain, Score: scores.GetValueOrDefault(pain.TouchpointId)))
            .OrderByDescending(static x => x.Pain.Reasons.Count)
            .ThenBy(static x => x.Score is null)
            .ThenBy(static x => x.Score ?? 0)
            .Select(static x => x.Pain)
            .ToArray();
    }

    /// <summary>Whether <paramref name="other"/> is a JourneyScoreReport with the same values: compares every property; lists element by element and in order.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every property of <paramref name="other"/> equals this record's.</returns>
    public bool Equals(JourneyScoreReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && MapId == other.MapId
            && Nullable.Equals(JourneyScore, other.JourneyScore)
            && Equality.ListEqual(Personas, other.Personas)
            && Equality.ListEqual(Stages, other.Stages)
            && Equality.ListEqual(Touchpoints, other.Touchpoints)
            && Equality.ListEqual(PainPoints, other.PainPoints)
            && Equality.ListEqual(Delights, other.Delights)
            && Equality.ListEqual(Outcomes, other.Outcomes)
            && ValueStream == other.ValueStream
            && Nullable.Equals(CustomerInitiatedShare, other.CustomerInitiatedShare)
            && Equality.ListEqual(Kpis, other.Kpis)
            && Equality.ListEqual(Benchmarks, other.Benchmarks)
            && Equality.ListEqual(Backlog, other.Backlog)
            && Equality.ListEqual(FiredPlays, other.FiredPlays));

    /// <summary>A hash code that agrees with <see cref="Equals(JourneyScoreReport)"/>: equal records have equal hash codes.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(MapId);
        hash.Add(JourneyScore);
        hash.Add(Equality.ListHash(Personas));
        hash.Add(Equality.ListHash(Stages));
        hash.Add(Equality.ListHash(Touchpoints));
        hash.Add(Equality.ListHash(PainPoints));
        hash.Add(Equality.ListHash(Delights));
        hash.Add(Equality.ListHash(Outcomes));
        hash.Add(ValueStream);
        hash.Add(CustomerInitiatedShare);
        hash.Add(Equality.ListHash(Kpis));
        hash.Add(Equality.ListHash(Benchmarks));
        hash.Add(Equality.ListHash(Backlog));
        hash.Add(Equality.ListHash(FiredPlays));
        return hash.ToHashCode();
    }
}
