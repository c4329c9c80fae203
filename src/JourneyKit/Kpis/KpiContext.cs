using System.Collections.ObjectModel;
using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;

namespace JourneyKit.Kpis;

/// <summary>
/// What a KPI calculator computes from: the map, the KPI and the two settings that shape a KPI's
/// figures (the z of survey intervals and the slope below which a trend is flat), with the KPI's
/// measurements in time order and its touchpoints in scope ready to use. A read-only view: a
/// calculator cannot change what the next calculator sees.
/// </summary>
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
    /// <param name="z">The z of survey intervals; the default is <see cref="SurveyStatistics.Z95"/> (95 %).</param>
    /// <param name="trendFlatEpsilon">A trend is flat when the absolute slope per day is below this; the default is <see cref="DefaultTrendFlatEpsilon"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> or <paramref name="kpi"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="z"/> is not a finite number greater than 0 or <paramref name="trendFlatEpsilon"/> is not a finite number of at least 0.</exception>
    public KpiContext(JourneyMap map, Kpi kpi, double z = SurveyStatistics.Z95, double trendFlatEpsilon = DefaultTrendFlatEpsilon)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(kpi);
        if (!double.IsFinite(z) || z <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "The z should be a finite number greater than 0 (1.959964 for 95 %).");
        }

        if (!double.IsFinite(trendFlatEpsilon) || trendFlatEpsilon < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(trendFlatEpsilon), trendFlatEpsilon, "The flat-trend slope should be a finite number of at least 0 (1e-9 by default).");
        }

        Map = map;
        Kpi = kpi;
        Z = z;
        TrendFlatEpsilon = trendFlatEpsilon;
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

    /// <summary>Creates the context the scorer passes: the map's shared index and settings already checked.</summary>
    internal KpiContext(JourneyIndex index, Kpi kpi, int position, double z, double trendFlatEpsilon)
    {
        Map = index.Map;
        Kpi = kpi;
        Z = z;
        TrendFlatEpsilon = trendFlatEpsilon;
        Path = $"$.kpis[{position}]";
        _sharedIndex = index;
    }

    /// <summary>The map the KPI belongs to.</summary>
    public JourneyMap Map { get; }

    /// <summary>The KPI to compute.</summary>
    public Kpi Kpi { get; }

    /// <summary>The default of <see cref="TrendFlatEpsilon"/>: 1e-9 per day.</summary>
    public const double DefaultTrendFlatEpsilon = 1e-9;

    /// <summary>The z of survey intervals in force (1.959964 for 95 %).</summary>
    public double Z { get; }

    /// <summary>A KPI's trend is flat when the absolute slope of its measurements per day is below this.</summary>
    public double TrendFlatEpsilon { get; }

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
