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

    public GroupedFold(AnalyticsMap map)
    {
        _state = new AnalyticsState(map);
        _folder = new CustomerFolder(_state);
        _touchpoints = map.Touchpoints.Copy();
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

        _run[_runLength++] = new TimedStage(e.Timestamp.UtcTicks, AnalyticsMap.StageOf(code));
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
            _folder.FoldCustomer(_run.AsSpan(0, _runLength));
            _runLength = 0;
        }
    }
}
