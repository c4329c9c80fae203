namespace JourneyKit.Analytics;

/// <summary>
/// One bucket's events as columns (customer index, UTC ticks, stage), grouped by customer
/// (<see cref="CustomerGrouping"/>) and folded into <see cref="State"/>: the last step of every bucket
/// folder (CSV buckets in <see cref="BucketFolder"/>, in-memory ones in <see cref="StringEventFold"/>).
/// </summary>
/// <remarks>
/// With a breakdown, each customer's attributed event (the first or last in (time, stage, input
/// position) order) is reduced as the events are decoded (<see cref="Wins"/>), so that the sort of a
/// customer's events need not keep input order. The columns are kept for the next bucket. Not
/// thread-safe: one per folding thread.
/// </remarks>
internal sealed class BucketEvents
{
    private readonly CustomerFolder _folder;
    private readonly CustomerGrouping _grouping = new();
    private readonly bool _last;
    private long[] _attributedTicks = [];
    private int[] _attributedStage = [];
    private long[] _attributedPosition = [];

    public BucketEvents(AnalyticsMap map)
    {
        State = new AnalyticsState(map);
        _folder = new CustomerFolder(State);
        _last = map.Attribution == BreakdownAttribution.Last;
    }

    public AnalyticsState State { get; }

    /// <summary>The customer index of each event.</summary>
    public int[] Customer { get; private set; } = new int[1024];

    /// <summary>The UTC ticks of each event.</summary>
    public long[] Ticks { get; private set; } = new long[1024];

    /// <summary>The stage index of each event.</summary>
    public byte[] Stage { get; private set; } = new byte[1024];

    /// <summary>When customer rows are kept: the id of each customer of the bucket, by index.</summary>
    public List<string> Ids { get; } = [];

    /// <summary>With a breakdown: the value of each customer of the bucket, by index.</summary>
    public string?[] Groups { get; private set; } = [];

    /// <summary>Makes the columns hold at least <paramref name="size"/> events, keeping those already there.</summary>
    public void Reserve(int size)
    {
        if (Customer.Length < size)
        {
            size = Math.Max(size, Customer.Length * 2);
            var customer = Customer;
            var ticks = Ticks;
            var stage = Stage;
            Array.Resize(ref customer, size);
            Array.Resize(ref ticks, size);
            Array.Resize(ref stage, size);
            (Customer, Ticks, Stage) = (customer, ticks, stage);
        }
    }

    /// <summary>
    /// Whether the event is the customer's attributed one so far (the first or last in (time, stage, position) order);
    /// when it is, it is remembered and the caller sets <see cref="Groups"/>[customer].
    /// </summary>
    /// <param name="customer">The customer index.</param>
    /// <param name="first">Whether this is the customer's first event in the bucket.</param>
    /// <param name="ticks">The event's UTC ticks.</param>
    /// <param name="stage">The event's stage index.</param>
    /// <param name="position">The event's input position (any increasing number in input order).</param>
    public bool Wins(int customer, bool first, long ticks, int stage, long position)
    {
        if (customer >= _attributedTicks.Length)
        {
            var size = Math.Max(1024, Math.Max(customer + 1, _attributedTicks.Length * 2));
            Array.Resize(ref _attributedTicks, size);
            Array.Resize(ref _attributedStage, size);
            Array.Resize(ref _attributedPosition, size);
            var groups = Groups;
            Array.Resize(ref groups, size);
            Groups = groups;
        }

        if (!first)
        {
            var order = ticks.CompareTo(_attributedTicks[customer]);
            if (order == 0)
            {
                order = stage.CompareTo(_attributedStage[customer]);
            }

            if (order == 0)
            {
                order = position.CompareTo(_attributedPosition[customer]);
            }

            if (_last ? order < 0 : order > 0)
            {
                return false;
            }
        }

        _attributedTicks[customer] = ticks;
        _attributedStage[customer] = stage;
        _attributedPosition[customer] = position;
        return true;
    }

    /// <summary>Groups the first <paramref name="events"/> events, of <paramref name="customers"/> customers, and folds each customer.</summary>
    public void Fold(int customers, int events)
    {
        _grouping.Begin(customers, events);
        var customer = Customer.AsSpan(0, events);
        _grouping.Count(customer);
        _grouping.Place(customer, Ticks.AsSpan(0, events), Stage.AsSpan(0, events));
        _grouping.FoldEach(_folder, State.Rows is null ? null : Ids, State.Groups is null ? null : Groups);
        Ids.Clear();
    }
}
