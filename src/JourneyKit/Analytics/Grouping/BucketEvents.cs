namespace JourneyKit.Analytics;

/// <summary>
/// One bucket's events as columns (customer index, UTC ticks, stage), grouped by customer
/// (<see cref="CustomerGrouping"/>) and folded into <see cref="State"/>: the last step of every bucket
/// folder (CSV buckets in <see cref="BucketFolder"/>, in-memory ones in <see cref="StringEventFold"/>).
/// </summary>
/// <remarks>The columns are kept for the next bucket. Not thread-safe: one per folding thread.</remarks>
internal sealed class BucketEvents
{
    private readonly CustomerFolder _folder;
    private readonly CustomerGrouping _grouping = new();

    public BucketEvents(AnalyticsMap map)
    {
        State = new AnalyticsState(map);
        _folder = new CustomerFolder(State);
    }

    public AnalyticsState State { get; }

    /// <summary>The customer index of each event.</summary>
    public int[] Customer { get; private set; } = new int[1024];

    /// <summary>The UTC ticks of each event.</summary>
    public long[] Ticks { get; private set; } = new long[1024];

    /// <summary>The stage index of each event.</summary>
    public byte[] Stage { get; private set; } = new byte[1024];

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

    /// <summary>Groups the first <paramref name="events"/> events, of <paramref name="customers"/> customers, and folds each customer.</summary>
    public void Fold(int customers, int events)
    {
        _grouping.Begin(customers, events);
        var customer = Customer.AsSpan(0, events);
        _grouping.Count(customer);
        _grouping.Place(customer, Ticks.AsSpan(0, events), Stage.AsSpan(0, events));
        _grouping.FoldEach(_folder);
    }
}
