using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Ulwick's opportunity algorithm (Outcome-Driven Innovation): opportunity =
/// importance + max(importance − satisfaction, 0) on 0..20.
/// </summary>
public static class OutcomeOpportunities
{
    /// <summary>The top-2-box share of 1..5 rating counts × 10: (c₄ + c₅) / n · 10.</summary>
    /// <param name="counts">Exactly 5 non-negative counts of the ratings 1..5.</param>
    /// <returns>The figure on 0..10; <see langword="null"/> when there are no answers.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when there are not exactly 5 counts or one is negative.</exception>
    public static double? TopTwoBox(IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != 5)
        {
            throw new ArgumentException($"Rating counts must be exactly 5 numbers (ratings 1..5); found {counts.Count}.", nameof(counts));
        }

        long n = 0;
        for (var i = 0; i < 5; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentException($"Rating counts must not be negative; the count of rating {i + 1} is {counts[i]}.", nameof(counts));
            }

            n += counts[i];
        }

        return n == 0 ? null : (double)(counts[3] + counts[4]) / n * 10;
    }

    /// <summary>The outcome's importance: the stated number, else the top-2-box share of its importance responses × 10.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The importance on 0..10, or <see langword="null"/> when neither source gives one.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the responses are not 5 non-negative counts.</exception>
    public static double? Importance(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Importance ?? (outcome.ImportanceResponses is { } r ? TopTwoBox(r) : null);
    }

    /// <summary>The outcome's satisfaction: the stated number, else the top-2-box share of its satisfaction responses × 10.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The satisfaction on 0..10, or <see langword="null"/> when neither source gives one.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the responses are not 5 non-negative counts.</exception>
    public static double? Satisfaction(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Satisfaction ?? (outcome.SatisfactionResponses is { } r ? TopTwoBox(r) : null);
    }

    /// <summary>importance + max(importance − satisfaction, 0).</summary>
    /// <param name="importance">Importance, 0..10.</param>
    /// <param name="satisfaction">Satisfaction, 0..10.</param>
    /// <returns>The opportunity, 0..20.</returns>
    public static double Opportunity(double importance, double satisfaction) =>
        importance + Math.Max(importance - satisfaction, 0);

    /// <summary>Classifies an outcome: underserved when the opportunity reaches the threshold, else overserved when satisfaction exceeds importance, else appropriately served.</summary>
    /// <param name="importance">Importance, 0..10.</param>
    /// <param name="satisfaction">Satisfaction, 0..10.</param>
    /// <param name="underservedThreshold">The opportunity from which an outcome is underserved (default 10).</param>
    /// <returns>The classification.</returns>
    public static OutcomeClassification Classify(double importance, double satisfaction, double underservedThreshold = 10) =>
        Opportunity(importance, satisfaction) >= underservedThreshold ? OutcomeClassification.Underserved
        : satisfaction > importance ? OutcomeClassification.Overserved
        : OutcomeClassification.AppropriatelyServed;

    /// <summary>Evaluates one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="options">The thresholds; the defaults when <see langword="null"/>.</param>
    /// <returns>The outcome's row of the score report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when its responses are not 5 non-negative counts.</exception>
    public static OutcomeOpportunity Evaluate(Outcome outcome, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var importance = Importance(outcome);
        var satisfaction = Satisfaction(outcome);
        double? opportunity = importance is { } i && satisfaction is { } s ? Opportunity(i, s) : null;
        return new OutcomeOpportunity
        {
            OutcomeId = outcome.Id,
            Importance = importance,
            Satisfaction = satisfaction,
            Opportunity = opportunity,
            Classification = opportunity is null
                ? null
                : Classify(importance!.Value, satisfaction!.Value, (options ?? Defaults).UnderservedThreshold),
        };
    }

    /// <summary>
    /// Evaluates outcomes and sorts them by opportunity, highest first, then by id (ordinal), with
    /// outcomes that have no opportunity last (by id): the order never depends on the file's.
    /// </summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="options">The thresholds; the defaults when <see langword="null"/>.</param>
    /// <returns>The sorted rows.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="outcomes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when an outcome's responses are not 5 non-negative counts.</exception>
    public static IReadOnlyList<OutcomeOpportunity> Rank(IEnumerable<Outcome> outcomes, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var rows = outcomes.Select(o => Evaluate(o, options)).ToList();
        rows.Sort(Compare);
        return rows;
    }

    internal static int Compare(OutcomeOpportunity a, OutcomeOpportunity b)
    {
        if (a.Opportunity is { } x && b.Opportunity is { } y && x != y)
        {
            return y.CompareTo(x);
        }

        if (a.Opportunity.HasValue != b.Opportunity.HasValue)
        {
            return a.Opportunity.HasValue ? -1 : 1;
        }

        return string.CompareOrdinal(a.OutcomeId, b.OutcomeId);
    }

    private static readonly ScoringOptions Defaults = new();
}
