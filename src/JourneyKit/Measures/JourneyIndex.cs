using System.Runtime.InteropServices;
using JourneyKit.Metrics;
using JourneyKit.Model;

namespace JourneyKit.Measures;

/// <summary>
/// A map flattened once for scoring: touchpoints in journey order with their stage, lookups by
/// id, and each touchpoint's survey tallies, so that no formula scans the map again.
/// </summary>
internal sealed class JourneyIndex
{
    private Dictionary<string, int>? _touchpointById;
    private Dictionary<string, int>? _stageById;
    private Dictionary<string, int>? _personaById;

    /// <summary>Flattens the map: no survey answer is read here (see <see cref="Survey"/>).</summary>
    /// <param name="map">The map.</param>
    public JourneyIndex(JourneyMap map)
    {
        Map = map;
        var stages = map.Stages;
        StageStart = new int[stages.Count + 1];
        var count = 0;
        for (var s = 0; s < stages.Count; s++)
        {
            StageStart[s] = count;
            count += stages[s].Touchpoints.Count;
        }

        StageStart[stages.Count] = count;
        Touchpoints = new Touchpoint[count];
        StageOf = new int[count];
        var i = 0;
        for (var s = 0; s < stages.Count; s++)
        {
            var touchpoints = stages[s].Touchpoints;
            for (var j = 0; j < touchpoints.Count; j++, i++)
            {
                Touchpoints[i] = touchpoints[j];
                StageOf[i] = s;
            }
        }

        Personas = map.Personas;
    }

    public JourneyMap Map { get; }

    /// <summary>Every touchpoint, in stage order then touchpoint order.</summary>
    public Touchpoint[] Touchpoints { get; }

    /// <summary>The stage index of each touchpoint.</summary>
    public int[] StageOf { get; }

    /// <summary>Stage s holds touchpoints StageStart[s] .. StageStart[s + 1] − 1.</summary>
    public int[] StageStart { get; }

    public IReadOnlyList<Persona> Personas { get; }

    public int StageCount => StageStart.Length - 1;

    /// <summary>0, 1, … count − 1: slices of it are the positions of a stage's touchpoints.</summary>
    public int[] Positions => field ??= Enumerable.Range(0, Touchpoints.Length).ToArray();

    /// <summary>The positions of the stage's touchpoints.</summary>
    public ReadOnlySpan<int> StagePositions(int stage) => Positions.AsSpan(StageStart[stage], StageStart[stage + 1] - StageStart[stage]);

    /// <summary>The first touchpoint with each id (ids are unique in a valid map).</summary>
    public Dictionary<string, int> TouchpointById => _touchpointById ??= ById(Touchpoints, static t => t.Id);

    public Dictionary<string, int> StageById => _stageById ??= ById(Map.Stages, static s => s.Id);

    public Dictionary<string, int> PersonaById => _personaById ??= ById(Personas, static p => p.Id);

    /// <summary>
    /// The touchpoint's survey figures. The tallies validate the counts and die young: only the
    /// figures are kept, so a large map does not keep three objects per touchpoint alive.
    /// </summary>
    /// <exception cref="InvalidOperationException">Thrown, naming the JSON path, when the answer counts are malformed.</exception>
    public (SurveyEstimate? Nps, SurveyEstimate? Csat, SurveyEstimate? Ces) Survey(int i, double z)
    {
        if (Touchpoints[i].Responses is not { } responses)
        {
            return default;
        }

        // Straight from the counts: no tally (and no copy of the counts) is made for a figure read once.
        return (
            Estimate(responses.Nps, i, "nps", z, static (c, z) => NpsTally.EstimateOf(c, z)),
            Estimate(responses.Csat, i, "csat", z, static (c, z) => CsatTally.EstimateOf(c, z)),
            Estimate(responses.Ces, i, "ces", z, static (c, z) => CesTally.EstimateOf(c, z)));
    }

    public string TouchpointPath(int i) => $"$.stages[{StageOf[i]}].touchpoints[{i - StageStart[StageOf[i]]}]";

    private SurveyEstimate? Estimate(IReadOnlyList<long>? counts, int i, string name, double z, Func<ReadOnlySpan<long>, double, SurveyEstimate?> estimate)
    {
        if (counts is null)
        {
            return null;
        }

        // The reader gives lists: read them in place rather than copying them first.
        ReadOnlySpan<long> span = counts switch
        {
            List<long> list => CollectionsMarshal.AsSpan(list),
            long[] array => array,
            _ => [.. counts],
        };
        try
        {
            return estimate(span, z);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"{TouchpointPath(i)}.responses.{name}: cannot score the answer counts: {ErrorText.Of(e)} Validate the map before scoring it.",
                e);
        }
    }

    private static Dictionary<string, int> ById<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var result = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            // A missing id is a validation error; it cannot be looked up, so it is left out here.
            if (id(items[i]) is { } key)
            {
                result.TryAdd(key, i);
            }
        }

        return result;
    }
}
