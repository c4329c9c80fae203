namespace JourneyKit.Analytics;

/// <summary>
/// Turns each customer's events into their contribution to an <see cref="AnalyticsState"/>:
/// reach, funnel steps with their deltas, and the path.
/// </summary>
/// <remarks>
/// One pass over the customer's events in time order (ties by stage order) computes all three.
/// The funnel is greedy: looking for stage k, the first stage-k event met after tₖ₋₁ was taken is
/// the earliest one at or after tₖ₋₁, because an event at the same instant but earlier in the sort
/// belongs to a stage before k − 1. Not thread-safe: one folder per thread.
/// </remarks>
internal sealed class CustomerFolder
{
    private readonly AnalyticsState _state;
    private readonly int[] _seen;
    private readonly bool _packedPaths;
    private readonly bool _plain;
    private readonly int _funnelLength;
    private long[] _chain = [];
    private long[] _best = [];
    private byte[] _path = new byte[64];
    private int _stamp;
    private int _depth;

    public CustomerFolder(AnalyticsState state)
    {
        _state = state;
        _seen = new int[Math.Max(1, state.Map.StageCount)];
        _packedPaths = state.Map.StageCount <= PathKey.MaxPackedStages;
        // Breakdowns, cohorts and customer rows need each customer's chain, which the general fold keeps.
        _plain = state.Map.IsPlain && !state.Map.IsExtended;
        _funnelLength = state.Map.FunnelStages.Length;
        if (!_plain)
        {
            _chain = new long[_funnelLength];
            _best = new long[_funnelLength];
        }
    }

    /// <summary>Whether the map asks for breakdown groups, cohorts or customer rows: fold with <see cref="FoldCustomer(Span{TimedStage}, string, string?)"/>.</summary>
    public bool Extended => _state.Map.IsExtended;

    /// <summary>Folds every customer of a store: grouped by customer, then one customer at a time.</summary>
    public void FoldStore(CustomerEventStore store, IReadOnlyList<string>? ids = null, IReadOnlyList<string?>? groups = null)
    {
        // A grouping of its own, not kept: an accumulator may be reported on once, and its store can be large.
        var grouping = new CustomerGrouping();
        grouping.Begin(store.Customers.Count, store.Count);
        foreach (var (customer, _, _, length) in store.Chunks())
        {
            grouping.Count(customer.AsSpan(0, length));
        }

        foreach (var (customer, ticks, stage, length) in store.Chunks())
        {
            grouping.Place(customer.AsSpan(0, length), ticks.AsSpan(0, length), stage.AsSpan(0, length));
        }

        grouping.FoldEach(this, ids, groups);
    }

    /// <summary>Folds one customer's events (at least one, all on known touchpoints); reorders the span.</summary>
    public void FoldCustomer(Span<TimedStage> events)
    {
        Sort(events);
        if (!_plain)
        {
            FoldChains(events);
        }

        if (_packedPaths && events.Length <= PathKey.MaxPackedSteps)
        {
            FoldShort(events);
            return;
        }

        var state = _state;
        var stamp = NextStamp();
        if (_path.Length < events.Length)
        {
            _path = new byte[Math.Max(events.Length, _path.Length * 2)];
        }

        var path = _path;
        var pathLength = 0;
        var last = -1;
        var step = 0;
        long previous = 0;
        long first = 0;
        var plain = _plain;
        foreach (var e in events)
        {
            var s = e.Stage;
            if (_seen[s] != stamp)
            {
                _seen[s] = stamp;
                state.Reach[s]++;
            }

            if (s == step && plain)
            {
                if (step > 0)
                {
                    state.Deltas[step].Add(e.Ticks - previous);
                }
                else
                {
                    first = e.Ticks;
                }

                state.Funnel[step]++;
                previous = e.Ticks;
                step++;
            }

            if (s != last)
            {
                path[pathLength++] = (byte)s;
                last = s;
            }
        }

        if (plain && step == _funnelLength)
        {
            state.ConvertDeltas.Add(previous - first);
        }

        state.Customers++;
        var key = PathKey.From(path.AsSpan(0, pathLength), state.Map.StageCount);
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(state.Paths, key, out _)++;
    }

    /// <summary>
    /// <see cref="FoldCustomer(Span{TimedStage})"/>, then the customer's breakdown group, cohort and row (a map with
    /// <see cref="AnalyticsMap.IsExtended"/>): <paramref name="group"/> is their breakdown value.
    /// </summary>
    public void FoldCustomer(Span<TimedStage> events, string customerId, string? group)
    {
        FoldCustomer(events);
        var state = _state;
        var depth = _depth;
        var best = _best;
        if (state.Groups is not null)
        {
            var g = state.Groups[state.GroupOf(group)];
            g.Customers++;
            var stamp = NextStamp();
            foreach (var e in events)
            {
                if (_seen[e.Stage] != stamp)
                {
                    _seen[e.Stage] = stamp;
                    g.Reach[e.Stage]++;
                }
            }

            for (var k = 0; k < depth; k++)
            {
                g.Funnel[k]++;
                if (k > 0)
                {
                    g.Deltas[k].Add(best[k] - best[k - 1]);
                }
            }
        }

        if (state.Cohorts is not null && depth > 0)
        {
            state.AddCohort(best[0], depth);
        }

        state.Rows?.Add(new CustomerRow(customerId, depth, depth > 0 ? best[0] : -1, group));
    }

    /// <summary>
    /// <see cref="FoldCustomer(Span{TimedStage})"/> for the usual case, a map of at most 15 stages and a customer with at
    /// most 16 events: reach as a bit mask and the path packed as it is walked, without branches on either.
    /// </summary>
    private void FoldShort(ReadOnlySpan<TimedStage> events)
    {
        var state = _state;
        var reached = 0u;
        var path = 0UL;
        var shift = 0;
        var last = -1;
        var step = 0;
        long previous = 0;
        long first = 0;
        var plain = _plain;
        foreach (var e in events)
        {
            var s = e.Stage;
            reached |= 1u << s;
            if (s == step && plain)
            {
                if (step > 0)
                {
                    state.Deltas[step].Add(e.Ticks - previous);
                }
                else
                {
                    first = e.Ticks;
                }

                state.Funnel[step]++;
                previous = e.Ticks;
                step++;
            }

            // A new path step when the stage changes: (s + 1) in the next 4-bit digit, as PathKey packs it.
            var moved = s != last ? 1 : 0;
            path |= (ulong)((s + 1) * moved) << shift;
            shift += 4 * moved;
            last = s;
        }

        for (; reached != 0; reached &= reached - 1)
        {
            state.Reach[System.Numerics.BitOperations.TrailingZeroCount(reached)]++;
        }

        if (plain && step == _funnelLength)
        {
            state.ConvertDeltas.Add(previous - first);
        }

        state.Customers++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(state.Paths, PathKey.Packed(path), out _)++;
    }

    /// <summary>
    /// The funnel of a customer under a chosen funnel or a window (events sorted): for every entry e
    /// (an event in the first funnel stage, at s) the chain t₁ = s, tₖ = the earliest event in funnel
    /// stage k at or after tₖ₋₁ and at or before s + window; the customer's chain is the deepest,
    /// the earliest entry's among equally deep ones.
    /// </summary>
    private void FoldChains(ReadOnlySpan<TimedStage> events)
    {
        var map = _state.Map;
        var funnel = map.FunnelStages;
        var window = map.WindowTicks;
        var entryStage = funnel[0];
        var bestDepth = 0;
        foreach (var entry in events)
        {
            if (entry.Stage != entryStage)
            {
                continue;
            }

            var start = entry.Ticks;
            var limit = window == long.MaxValue || start > long.MaxValue - window ? long.MaxValue : start + window;
            var chain = _chain;
            chain[0] = start;
            var depth = 1;
            for (; depth < funnel.Length; depth++)
            {
                // Events are in time order, so the first match at or after tₖ₋₁ is the earliest.
                var wanted = funnel[depth];
                var previous = chain[depth - 1];
                var found = false;
                foreach (var e in events)
                {
                    if (e.Ticks > limit)
                    {
                        break;
                    }

                    if (e.Stage == wanted && e.Ticks >= previous)
                    {
                        chain[depth] = e.Ticks;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    break;
                }
            }

            if (depth > bestDepth)
            {
                bestDepth = depth;
                (_best, _chain) = (_chain, _best);
                if (depth == funnel.Length || window == long.MaxValue)
                {
                    // Deepest possible, or (without a window) the earliest entry already reaches the largest depth.
                    break;
                }
            }
        }

        _depth = bestDepth;
        var state = _state;
        var best = _best;
        for (var k = 0; k < bestDepth; k++)
        {
            state.Funnel[k]++;
            if (k > 0)
            {
                state.Deltas[k].Add(best[k] - best[k - 1]);
            }
        }

        if (bestDepth == funnel.Length)
        {
            state.ConvertDeltas.Add(best[bestDepth - 1] - best[0]);
        }
    }

    private int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _stamp = 0;
        }

        return ++_stamp;
    }

    private static void Sort(Span<TimedStage> events)
    {
        if (events.Length > 24)
        {
            events.Sort();
            return;
        }

        // Insertion sort: customers have a handful of events, often already in order. The order is
        // TimedStage.CompareTo's (time, then stage), written out so that it compiles to two compares.
        for (var i = 1; i < events.Length; i++)
        {
            var item = events[i];
            var j = i - 1;
            while (j >= 0 && (events[j].Ticks > item.Ticks || (events[j].Ticks == item.Ticks && events[j].Stage > item.Stage)))
            {
                events[j + 1] = events[j];
                j--;
            }

            events[j + 1] = item;
        }
    }
}
