using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Ranks opportunities by RICE (Sean McBride, Intercom, 2016): reach × impact × confidence / effort.
/// </summary>
public static class BacklogRanker
{
    /// <summary>The opportunity's RICE score.</summary>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>reach × impact × confidence / effort; <see langword="null"/> when an input is missing or the effort is not above 0.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opportunity"/> is <see langword="null"/>.</exception>
    public static double? Rice(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        if (opportunity is { Reach: { } reach, Impact: { } impact, Confidence: { } confidence, Effort: { } effort } && effort > 0)
        {
            return reach * impact * confidence / effort;
        }

        return null;
    }

    /// <summary>
    /// Builds the backlog: opportunities that are neither done nor dropped and have a RICE score,
    /// by RICE descending, then by id (ordinal). Ranks are 1-based, distinct and consecutive:
    /// equal RICE scores take consecutive ranks in id order, so every rank names one opportunity
    /// and the order never depends on the file's.
    /// </summary>
    /// <param name="opportunities">The opportunities.</param>
    /// <returns>The ranked backlog.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="opportunities"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<BacklogItem> Rank(IEnumerable<Opportunity> opportunities)
    {
        ArgumentNullException.ThrowIfNull(opportunities);
        var scored = new List<(string Id, double Rice)>();
        foreach (var opportunity in opportunities)
        {
            if (opportunity.Status is OpportunityStatus.Done or OpportunityStatus.Dropped)
            {
                continue;
            }

            if (Rice(opportunity) is { } rice)
            {
                scored.Add((opportunity.Id, rice));
            }
        }

        scored.Sort(static (a, b) => a.Rice != b.Rice ? b.Rice.CompareTo(a.Rice) : string.CompareOrdinal(a.Id, b.Id));
        var backlog = new BacklogItem[scored.Count];
        for (var i = 0; i < scored.Count; i++)
        {
            backlog[i] = new BacklogItem { OpportunityId = scored[i].Id, Rice = scored[i].Rice, Rank = i + 1 };
        }

        return backlog;
    }
}
