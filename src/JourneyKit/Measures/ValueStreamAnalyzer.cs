using JourneyKit.Model;

namespace JourneyKit.Measures;

/// <summary>
/// Lean value-stream figures over a run of touchpoints (Martin &amp; Osterling, <i>Value Stream
/// Mapping</i>, 2013): lead time, value-added time, process cycle efficiency, rolled
/// complete-and-accurate, the bottleneck, waste and handoffs.
/// </summary>
public static class ValueStreamAnalyzer
{
    /// <summary>Analyzes touchpoints in journey order: a stage's, or the whole map's.</summary>
    /// <param name="touchpoints">The touchpoints, in journey order; handoffs are counted between neighbours of this sequence.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="touchpoints"/> is <see langword="null"/>.</exception>
    public static ValueStream Analyze(IEnumerable<Touchpoint> touchpoints)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var accumulator = new Accumulator();
        foreach (var touchpoint in touchpoints)
        {
            accumulator.Add(touchpoint);
        }

        return accumulator.ToValueStream();
    }

    /// <summary>Folds touchpoints one at a time in a single pass.</summary>
    internal sealed class Accumulator
    {
        private bool _anyMinutes;
        private double _leadTime;
        private double _valueAdded;
        private bool _anyCompleteAccurate;
        private double _rolledCompleteAccurate = 1;
        private string? _bottleneck;
        private double _longestWait;
        private List<string>? _waste;
        private int _handoffs;
        private bool _any;
        private string? _previousOwner;

        public void Add(Touchpoint touchpoint)
        {
            if (touchpoint.ProcessMinutes is not null || touchpoint.WaitMinutes is not null)
            {
                _anyMinutes = true;
            }

            var process = touchpoint.ProcessMinutes ?? 0;
            var wait = touchpoint.WaitMinutes ?? 0;
            // Unclassified steps (valueAdding absent) count in lead time only, and are not waste.
            _leadTime += process + wait;
            if (touchpoint.ValueAdding == true)
            {
                _valueAdded += process;
            }
            else if (touchpoint.ValueAdding == false)
            {
                (_waste ??= []).Add(touchpoint.Id);
            }

            if (touchpoint.CompleteAccurate is { } share)
            {
                _anyCompleteAccurate = true;
                _rolledCompleteAccurate *= share;
            }

            // Strictly longer keeps the earliest on ties; a wait of 0 is no bottleneck.
            if (wait > _longestWait)
            {
                _longestWait = wait;
                _bottleneck = touchpoint.Id;
            }

            if (_any && _previousOwner is not null && touchpoint.Owner is not null
                && !string.Equals(_previousOwner, touchpoint.Owner, StringComparison.Ordinal))
            {
                _handoffs++;
            }

            _previousOwner = touchpoint.Owner;
            _any = true;
        }

        public ValueStream ToValueStream() => new()
        {
            LeadTimeMinutes = _anyMinutes ? _leadTime : null,
            ValueAddedMinutes = _anyMinutes ? _valueAdded : null,
            ProcessCycleEfficiency = _anyMinutes && _leadTime > 0 ? _valueAdded / _leadTime : null,
            RolledCompleteAccurate = _anyCompleteAccurate ? _rolledCompleteAccurate : null,
            BottleneckTouchpointId = _bottleneck,
            WasteTouchpointIds = _waste ?? (IReadOnlyList<string>)[],
            Handoffs = _handoffs,
        };
    }
}
