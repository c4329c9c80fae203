namespace JourneyKit.Analytics;

/// <summary>
/// Folds events that arrive grouped by customer: each customer as soon as the next one begins, so
/// that memory holds customers (their id, their funnel deltas), never the whole event stream.
/// </summary>
internal sealed class GroupedFold
{
    private readonly AnalyticsState _state;
    private readonly CustomerFolder _folder;
    private readonly TouchpointLookup _touchpoints;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private TimedStage[] _run = new TimedStage[64];
    private int _runLength;
    private string? _current;
    private long _position;
    private EventCounts _counts;
    private readonly string? _breakdown;
    private readonly bool _last;
    private string? _group;
    private long _groupTicks;
    private int _groupStage;

    public GroupedFold(AnalyticsMap map)
    {
        _state = new AnalyticsState(map);
        _folder = new CustomerFolder(_state);
        _touchpoints = map.Touchpoints.Copy();
        _breakdown = map.Breakdown;
        _last = map.Attribution == BreakdownAttribution.Last;
    }

    public void Add(in JourneyEvent e)
    {
        _position++;
        if (string.IsNullOrEmpty(e.CustomerId) || string.IsNullOrEmpty(e.TouchpointId))
        {
            _counts.Malformed++;
            return;
        }

        _counts.Events++;
        if (!ReferenceEquals(e.CustomerId, _current) && !string.Equals(e.CustomerId, _current, StringComparison.Ordinal))
        {
            FoldRun();
            if (!_seen.Add(e.CustomerId))
            {
                throw new ArgumentException(
                    $"The events are not grouped by customer: customer '{e.CustomerId}' comes back at event {_position} after other customers' events. "
                    + $"Use {nameof(EventOrder)}.{nameof(EventOrder.Any)} for events in any order.",
                    "events");
            }

            _current = e.CustomerId;
        }

        var touchpoint = _touchpoints.Find(e.TouchpointId);
        if (touchpoint == _touchpoints.Unknown)
        {
            _counts.Unknown++;
            return;
        }

        var code = _state.Map.TouchpointCodes[touchpoint];

        _counts.CountKnown(code);
        if (_runLength == _run.Length)
        {
            Array.Resize(ref _run, _run.Length * 2);
        }

        var ticks = e.Timestamp.UtcTicks;
        var stage = AnalyticsMap.StageOf(code);
        if (_breakdown is not null)
        {
            // Events arrive in input order: the first keeps a tie, the last takes it.
            var order = _runLength == 0 ? 0 : ticks != _groupTicks ? ticks.CompareTo(_groupTicks) : stage.CompareTo(_groupStage);
            if (_runLength == 0 || (_last ? order >= 0 : order < 0))
            {
                (_group, _groupTicks, _groupStage) = (e.ValueOf(_breakdown), ticks, stage);
            }
        }

        _run[_runLength++] = new TimedStage(ticks, stage);
    }

    public AnalyticsState Finish()
    {
        FoldRun();
        _state.AddCounts(_counts);
        _counts = default;
        return _state;
    }

    private void FoldRun()
    {
        if (_runLength > 0)
        {
            if (_folder.Extended)
            {
                _folder.FoldCustomer(_run.AsSpan(0, _runLength), _current!, _group);
            }
            else
            {
                _folder.FoldCustomer(_run.AsSpan(0, _runLength));
            }

            _runLength = 0;
        }
    }
}
