using JourneyKit.Metrics;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// A map flattened once for scoring: touchpoints in journey order with their stage, lookups by
/// id, and each touchpoint's survey tallies, so that no formula scans the map again.
/// </summary>
internal sealed class JourneyIndex
{
    private Dictionary<string, int>? _touchpointById;
    private Dictionary<string, int>? _stageById;
    private Dictionary<string, int>? _personaById;

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
        Nps = new NpsTally?[count];
        Csat = new CsatTally?[count];
        Ces = new CesTally?[count];
        var i = 0;
        for (var s = 0; s < stages.Count; s++)
        {
            var touchpoints = stages[s].Touchpoints;
            for (var j = 0; j < touchpoints.Count; j++, i++)
            {
                var touchpoint = touchpoints[j];
                Touchpoints[i] = touchpoint;
                StageOf[i] = s;
                if (touchpoint.Responses is { } responses)
                {
                    Nps[i] = Tally(responses.Nps, s, j, "nps", static c => NpsTally.FromCounts(c));
                    Csat[i] = Tally(responses.Csat, s, j, "csat", static c => CsatTally.FromCounts(c));
                    Ces[i] = Tally(responses.Ces, s, j, "ces", static c => CesTally.FromCounts(c));
                }
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

    /// <summary>Each touchpoint's NPS tally, or null when it has no NPS answers.</summary>
    public NpsTally?[] Nps { get; }

    /// <summary>Each touchpoint's CSAT tally, or null when it has no CSAT answers.</summary>
    public CsatTally?[] Csat { get; }

    /// <summary>Each touchpoint's CES tally, or null when it has no CES answers.</summary>
    public CesTally?[] Ces { get; }

    public int StageCount => StageStart.Length - 1;

    /// <summary>0, 1, … count − 1: slices of it are the positions of a stage's touchpoints.</summary>
    public int[] Positions => field ??= Enumerable.Range(0, Touchpoints.Length).ToArray();

    /// <summary>The positions of the stage's touchpoints.</summary>
    public ReadOnlySpan<int> StagePositions(int stage) => Positions.AsSpan(StageStart[stage], StageStart[stage + 1] - StageStart[stage]);

    /// <summary>The first touchpoint with each id (ids are unique in a valid map).</summary>
    public Dictionary<string, int> TouchpointById => _touchpointById ??= ById(Touchpoints, static t => t.Id);

    public Dictionary<string, int> StageById => _stageById ??= ById(Map.Stages, static s => s.Id);

    public Dictionary<string, int> PersonaById => _personaById ??= ById(Personas, static p => p.Id);

    public string TouchpointPath(int i) => $"$.stages[{StageOf[i]}].touchpoints[{i - StageStart[StageOf[i]]}]";

    private static TTally? Tally<TTally>(IReadOnlyList<long>? counts, int stage, int touchpoint, string name, Func<IReadOnlyList<long>, TTally> create)
        where TTally : class
    {
        if (counts is null)
        {
            return null;
        }

        try
        {
            return create(counts);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException(
                $"$.stages[{stage}].touchpoints[{touchpoint}].responses.{name}: cannot score the answer counts: {e.Message} Validate the map before scoring it.",
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
