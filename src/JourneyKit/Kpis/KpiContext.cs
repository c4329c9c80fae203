using System.Collections.ObjectModel;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Kpis;

/// <summary>What a KPI calculator computes from: the map, the KPI and the scoring options, with the KPI's measurements in time order and its touchpoints in scope ready to use.</summary>
public sealed class KpiContext
{
    private readonly JourneyIndex? _sharedIndex;
    private JourneyIndex? _index;
    private IReadOnlyList<Measurement>? _measurements;
    private (int From, int To, int[]? Positions)? _scope;
    private IReadOnlyList<Touchpoint>? _touchpointsInScope;

    /// <summary>Creates a context.</summary>
    /// <param name="map">The map the KPI belongs to.</param>
    /// <param name="kpi">The KPI.</param>
    /// <param name="options">The scoring options; the defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="kpi"/> is <see langword="null"/>.</exception>
    public KpiContext(JourneyMap map, Kpi kpi, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(kpi);
        Map = map;
        Kpi = kpi;
        Options = options ?? new ScoringOptions();
        var position = -1;
        for (var i = 0; i < map.Kpis.Count; i++)
        {
            if (ReferenceEquals(map.Kpis[i], kpi))
            {
                position = i;
                break;
            }
        }

        Path = position >= 0 ? $"$.kpis[{position}]" : $"KPI '{kpi.Id}'";
    }

    internal KpiContext(JourneyIndex index, Kpi kpi, int position, ScoringOptions options)
    {
        Map = index.Map;
        Kpi = kpi;
        Options = options;
        Path = $"$.kpis[{position}]";
        _sharedIndex = index;
    }

    /// <summary>The map the KPI belongs to.</summary>
    public JourneyMap Map { get; }

    /// <summary>The KPI to compute.</summary>
    public Kpi Kpi { get; }

    /// <summary>The scoring options in force.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Where the KPI is in the map, as a JSON path (<c>$.kpis[2]</c>), for error messages.</summary>
    public string Path { get; }

    /// <summary>The KPI's measurements sorted by instant, then by value: the same order whatever the file's.</summary>
    public IReadOnlyList<Measurement> MeasurementsInTimeOrder => _measurements ??= KpiAttainment.InTimeOrder(Kpi.Measurements);

    /// <summary>
    /// The touchpoints the KPI's <see cref="Model.Kpi.Scope"/> covers, in journey order: every
    /// stated field narrows the scope — <c>touchpointId</c> to that touchpoint, <c>stageId</c> to the
    /// stage's touchpoints, <c>personaId</c> to the touchpoints the persona meets (empty
    /// <c>personaIds</c> or listing it) — and no scope means the whole map. Survey answers are not
    /// split by persona in the format, so a persona scope takes every answer given at the persona's
    /// touchpoints.
    /// </summary>
    /// <exception cref="InvalidOperationException">Thrown when the scope names a stage, touchpoint or persona the map does not have.</exception>
    public IReadOnlyList<Touchpoint> TouchpointsInScope
    {
        get
        {
            if (_touchpointsInScope is null)
            {
                var scope = Scope;
                if (scope.Positions is { } positions)
                {
                    var list = new Touchpoint[positions.Length];
                    for (var k = 0; k < positions.Length; k++)
                    {
                        list[k] = Index.Touchpoints[positions[k]];
                    }

                    _touchpointsInScope = list;
                }
                else
                {
                    // A run of the journey: a read-only view, no copy.
                    _touchpointsInScope = new ReadOnlyCollection<Touchpoint>(new ArraySegment<Touchpoint>(Index.Touchpoints, scope.From, scope.To - scope.From));
                }
            }

            return _touchpointsInScope;
        }
    }

    internal JourneyIndex Index => _sharedIndex ?? (_index ??= new JourneyIndex(Map));

    /// <summary>The positions in <see cref="JourneyIndex.Touchpoints"/> of the touchpoints in scope.</summary>
    internal ReadOnlySpan<int> ScopeIndices
    {
        get
        {
            var scope = Scope;
            return scope.Positions ?? Index.Positions.AsSpan(scope.From, scope.To - scope.From);
        }
    }

    /// <summary>The scope: a run From..To of the journey, or, with a persona, the positions it meets within that run.</summary>
    private (int From, int To, int[]? Positions) Scope => _scope ??= ResolveScope();

    private (int From, int To, int[]? Positions) ResolveScope()
    {
        var index = Index;
        var scope = Kpi.Scope;
        var from = 0;
        var to = index.Touchpoints.Length;
        if (scope?.TouchpointId is { } touchpointId)
        {
            from = Resolve(index.TouchpointById, touchpointId, "touchpointId", "touchpoint");
            to = from + 1;
        }

        if (scope?.StageId is { } stageId)
        {
            var stage = Resolve(index.StageById, stageId, "stageId", "stage");
            from = Math.Max(from, index.StageStart[stage]);
            to = Math.Min(to, index.StageStart[stage + 1]);
        }

        to = Math.Max(from, to); // a touchpoint outside the stage: an empty scope
        if (scope?.PersonaId is not { } personaId)
        {
            return (from, to, null);
        }

        Resolve(index.PersonaById, personaId, "personaId", "persona");
        var met = new List<int>(to - from);
        for (var i = from; i < to; i++)
        {
            if (PersonaEmotions.Meets(index.Touchpoints[i], personaId))
            {
                met.Add(i);
            }
        }

        return (from, to, [.. met]);
    }

    private int Resolve(Dictionary<string, int> lookup, string id, string field, string what) =>
        lookup.TryGetValue(id, out var position)
            ? position
            : throw new InvalidOperationException(
                $"{Path}.scope.{field}: the map has no {what} with the id '{id}'; the scope must name one of the map's {what}s. Validate the map before scoring it.");
}
