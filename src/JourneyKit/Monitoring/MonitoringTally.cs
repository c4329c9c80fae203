using JourneyKit.Model;

namespace JourneyKit.Monitoring;

/// <summary>Folds live answers back into a map's hand-typed <c>responses</c> counts, so <c>score</c> uses them.</summary>
public static class MonitoringTally
{
    /// <summary>
    /// The map with, for every touchpoint and metric that has answers in the accumulator (all periods of its
    /// range), that metric's counts in <c>responses</c> replaced by the answers' counts — or, with
    /// <paramref name="add"/>, increased by them. A touchpoint or metric without answers keeps its counts;
    /// nothing else changes, unknown properties included.
    /// </summary>
    /// <param name="map">The map to update (not changed: a new map is returned).</param>
    /// <param name="answers">The folded answers, of the same map.</param>
    /// <param name="add"><c>true</c> to add to the counts in the map instead of replacing them.</param>
    /// <returns>The updated map.</returns>
    /// <exception cref="ArgumentException">With <paramref name="add"/>, a touchpoint's counts do not have the metric's length (11, 5 or 7).</exception>
    public static JourneyMap Apply(JourneyMap map, MonitoringAccumulator answers, bool add = false)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(answers);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < answers.TouchpointIds.Count; i++)
        {
            index[answers.TouchpointIds[i]] = i;
        }
        return map with
        {
            Stages = map.Stages.Select(stage => stage with
            {
                Touchpoints = stage.Touchpoints.Select(t => index.TryGetValue(t.Id, out var i) ? Update(t, answers, i, add) : t).ToList(),
            }).ToList(),
        };
    }

    private static Touchpoint Update(Touchpoint touchpoint, MonitoringAccumulator answers, int index, bool add)
    {
        var nps = Totals(answers, index, SurveyMetric.Nps);
        var csat = Totals(answers, index, SurveyMetric.Csat);
        var ces = Totals(answers, index, SurveyMetric.Ces);
        if (nps is null && csat is null && ces is null)
        {
            return touchpoint;
        }
        var responses = touchpoint.Responses ?? new SurveyResponses();
        return touchpoint with
        {
            Responses = responses with
            {
                Nps = Combine(touchpoint.Id, "nps", responses.Nps, nps, add),
                Csat = Combine(touchpoint.Id, "csat", responses.Csat, csat, add),
                Ces = Combine(touchpoint.Id, "ces", responses.Ces, ces, add),
            },
        };
    }

    private static long[]? Totals(MonitoringAccumulator answers, int index, SurveyMetric metric)
    {
        long[]? totals = null;
        foreach (var counts in answers.Counts(index, metric).Values)
        {
            totals ??= new long[counts.Length];
            for (var r = 0; r < counts.Length; r++)
            {
                totals[r] = checked(totals[r] + counts[r]);
            }
        }
        return totals;
    }

    private static IReadOnlyList<long>? Combine(string touchpointId, string metric, IReadOnlyList<long>? existing, long[]? counted, bool add)
    {
        if (counted is null)
        {
            return existing;
        }
        if (!add || existing is null)
        {
            return counted;
        }
        if (existing.Count != counted.Length)
        {
            throw new ArgumentException(
                $"Touchpoint '{touchpointId}': responses.{metric} has {existing.Count} counts where {counted.Length} are expected, so answers cannot be added to it; fix the map or tally without --add.",
                nameof(existing));
        }
        return counted.Select((c, r) => checked(c + existing[r])).ToList();
    }
}
