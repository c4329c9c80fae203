using JourneyKit.Metrics;

namespace JourneyKit.Scoring;

/// <summary>
/// Merges the survey tallies of several touchpoints (a stage, a KPI's scope) by adding their
/// counts: the same tally as <c>a.Merge(b)…</c>, with one allocation instead of one per touchpoint.
/// </summary>
internal static class SurveyMerge
{
    public static NpsTally? Nps(JourneyIndex index, ReadOnlySpan<int> touchpoints) =>
        Sum(index.Nps, touchpoints, 11, static t => t.Counts, static c => NpsTally.FromCounts(c));

    public static CsatTally? Csat(JourneyIndex index, ReadOnlySpan<int> touchpoints) =>
        Sum(index.Csat, touchpoints, 5, static t => t.Counts, static c => CsatTally.FromCounts(c));

    public static CesTally? Ces(JourneyIndex index, ReadOnlySpan<int> touchpoints) =>
        Sum(index.Ces, touchpoints, 7, static t => t.Counts, static c => CesTally.FromCounts(c));

    /// <summary>The tally of every answer at the given touchpoints; null when none of them has this survey.</summary>
    private static TTally? Sum<TTally>(TTally?[] tallies, ReadOnlySpan<int> touchpoints, int width, Func<TTally, IReadOnlyList<long>> countsOf, Func<long[], TTally> create)
        where TTally : class
    {
        long[]? sum = null;
        TTally? single = null;
        var found = 0;
        foreach (var i in touchpoints)
        {
            if (tallies[i] is not { } tally)
            {
                continue;
            }

            found++;
            if (found == 1)
            {
                single = tally;
                continue;
            }

            if (sum is null)
            {
                sum = new long[width];
                Add(sum, countsOf(single!));
            }

            Add(sum, countsOf(tally));
        }

        return found switch
        {
            0 => null,
            1 => single,
            _ => create(sum!),
        };
    }

    private static void Add(long[] sum, IReadOnlyList<long> counts)
    {
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] += counts[k]; // checked: a count that overflows must fail, not wrap
        }
    }
}
