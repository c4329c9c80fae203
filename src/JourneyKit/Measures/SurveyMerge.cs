using JourneyKit.Metrics;
using JourneyKit.Model;

namespace JourneyKit.Measures;

/// <summary>
/// Merges the survey answers of several touchpoints (a stage, a KPI's scope) by adding their
/// counts: the same tally as <c>a.Merge(b)…</c>, with one allocation instead of one per touchpoint.
/// </summary>
internal static class SurveyMerge
{
    public static NpsTally? Nps(JourneyIndex index, ReadOnlySpan<int> touchpoints) =>
        Sum(index, touchpoints, 11, "nps", static r => r.Nps) is { } counts ? NpsTally.FromCounts(counts) : null;

    public static CsatTally? Csat(JourneyIndex index, ReadOnlySpan<int> touchpoints) =>
        Sum(index, touchpoints, 5, "csat", static r => r.Csat) is { } counts ? CsatTally.FromCounts(counts) : null;

    public static CesTally? Ces(JourneyIndex index, ReadOnlySpan<int> touchpoints) =>
        Sum(index, touchpoints, 7, "ces", static r => r.Ces) is { } counts ? CesTally.FromCounts(counts) : null;

    /// <summary>The summed counts of every answer at the given touchpoints; null when none of them has this survey.</summary>
    /// <exception cref="InvalidOperationException">Thrown, naming the JSON path, when a touchpoint's counts are not <paramref name="width"/> non-negative numbers or their sum exceeds a long.</exception>
    private static long[]? Sum(JourneyIndex index, ReadOnlySpan<int> touchpoints, int width, string name, Func<SurveyResponses, IReadOnlyList<long>?> countsOf)
    {
        long[]? sum = null;
        foreach (var i in touchpoints)
        {
            if (index.Touchpoints[i].Responses is not { } responses || countsOf(responses) is not { } counts)
            {
                continue;
            }

            if (counts.Count != width)
            {
                throw Malformed(index, i, name, $"there must be exactly {width} counts; found {counts.Count}.");
            }

            sum ??= new long[width];
            for (var k = 0; k < width; k++)
            {
                if (counts[k] < 0)
                {
                    throw Malformed(index, i, name, $"count {k} is {counts[k]}; counts must not be negative.");
                }

                if (counts[k] > long.MaxValue - sum[k])
                {
                    throw new InvalidOperationException(
                        $"{index.TouchpointPath(i)}.responses.{name}: cannot merge the answer counts: with the touchpoints before it they add up to more than {long.MaxValue} answers of rating {k}; a map may hold at most 2^53 answers of each survey in total. Validate the map before scoring it.");
                }

                sum[k] += counts[k];
            }
        }

        return sum;
    }

    private static InvalidOperationException Malformed(JourneyIndex index, int i, string name, string problem) =>
        new($"{index.TouchpointPath(i)}.responses.{name}: cannot score the answer counts: {problem} Validate the map before scoring it.");
}
