using JourneyKit.Kpis;
using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Comparison;

/// <summary>One map of a comparison with its score report, indexed by id (the first entity of an id counts).</summary>
internal sealed class ComparisonSide
{
    private readonly Dictionary<string, ScopeFigures> _stages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScopeFigures> _touchpoints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Kpi Kpi, KpiResult Result)> _kpis = new(StringComparer.Ordinal);

    public ComparisonSide(JourneyMap map, JourneyScoreReport report)
    {
        Map = map;
        var painPoints = report.PainPoints.Select(static p => p.TouchpointId).ToHashSet(StringComparer.Ordinal);
        var stageScores = FirstById(report.Stages, static s => s.StageId);
        var touchpointScores = FirstById(report.Touchpoints, static t => t.TouchpointId);

        var journey = new Tallies();
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var stage = map.Stages[s];
            var stageTallies = new Tallies();
            var stagePains = 0;
            for (var t = 0; t < stage.Touchpoints.Count; t++)
            {
                var touchpoint = stage.Touchpoints[t];
                var path = $"$.stages[{s}].touchpoints[{t}].responses";
                var tallies = Tallies.Of(touchpoint.Responses, path);
                stageTallies.Add(tallies, path);
                journey.Add(tallies, path);
                var pain = painPoints.Contains(touchpoint.Id) ? 1 : 0;
                stagePains += pain;
                if (touchpoint.Id is not null && !_touchpoints.ContainsKey(touchpoint.Id))
                {
                    _touchpoints[touchpoint.Id] = tallies.Figures(
                        touchpointScores.GetValueOrDefault(touchpoint.Id)?.Score,
                        ValueStreamAnalyzer.Analyze([touchpoint]),
                        pain);
                }
            }

            if (stage.Id is not null && !_stages.ContainsKey(stage.Id) && stageScores.TryGetValue(stage.Id, out var stageScore))
            {
                _stages[stage.Id] = stageTallies.Figures(stageScore.Score, stageScore.ValueStream, stagePains);
            }
        }

        Journey = journey.Figures(report.JourneyScore, report.ValueStream, painPoints.Count);

        var results = FirstById(report.Kpis, static k => k.KpiId);
        foreach (var kpi in map.Kpis)
        {
            if (kpi.Id is not null && !_kpis.ContainsKey(kpi.Id) && results.TryGetValue(kpi.Id, out var result))
            {
                _kpis[kpi.Id] = (kpi, result);
            }
        }
    }

    public JourneyMap Map { get; }

    public ScopeFigures Journey { get; }

    public ScopeFigures? Stage(string id) => _stages.GetValueOrDefault(id);

    public ScopeFigures? Touchpoint(string id) => _touchpoints.GetValueOrDefault(id);

    public (Kpi Kpi, KpiResult Result)? Kpi(string id) => _kpis.TryGetValue(id, out var kpi) ? kpi : null;

    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> rows, Func<T, string?> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (id(row) is { } key)
            {
                byId.TryAdd(key, row);
            }
        }

        return byId;
    }

    /// <summary>Survey answers merged over a scope; a tally with no answers counts as no figure.</summary>
    private sealed class Tallies
    {
        private NpsTally _nps = NpsTally.Empty;
        private CsatTally _csat = CsatTally.Empty;
        private CesTally _ces = CesTally.Empty;

        public static Tallies Of(SurveyResponses? responses, string path)
        {
            var tallies = new Tallies();
            if (responses is null)
            {
                return tallies;
            }

            try
            {
                tallies._nps = responses.Nps is { } nps ? NpsTally.FromCounts(nps) : NpsTally.Empty;
                tallies._csat = responses.Csat is { } csat ? CsatTally.FromCounts(csat) : CsatTally.Empty;
                tallies._ces = responses.Ces is { } ces ? CesTally.FromCounts(ces) : CesTally.Empty;
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"{path}: cannot compare the survey answers: {e.Message} Validate the map before comparing it.", e);
            }

            return tallies;
        }

        /// <exception cref="InvalidOperationException">Thrown, naming <paramref name="path"/>, when a merged count would exceed a long.</exception>
        public void Add(Tallies other, string path)
        {
            try
            {
                _nps = _nps.Merge(other._nps);
                _csat = _csat.Merge(other._csat);
                _ces = _ces.Merge(other._ces);
            }
            catch (OverflowException e)
            {
                throw new InvalidOperationException($"{path}: cannot compare the survey answers: with the touchpoints before it they add up to more than {long.MaxValue} answers; a map may hold at most 2^53 answers of each survey in total. Validate the map before comparing it.", e);
            }
        }

        public ScopeFigures Figures(double? score, ValueStream valueStream, int painPoints) => new(
            score,
            _nps.N == 0 ? null : _nps,
            _csat.N == 0 ? null : _csat,
            _ces.N == 0 ? null : _ces,
            valueStream,
            painPoints);
    }
}
