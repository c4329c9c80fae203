namespace JourneyKit.Analytics;

/// <summary>
/// Groups events by customer with a counting sort, then folds each customer: the one grouping step of
/// every any-order path (CSV buckets, in-memory buckets, the accumulator's store).
/// </summary>
/// <remarks>
/// <para>Customer indices are dense (0 … customers − 1, from a <see cref="CustomerTable"/> or a
/// <see cref="StringCustomerTable"/>), so two linear passes group the events: count each customer's
/// events (<see cref="Count"/>), then place each event at its customer's cursor (<see cref="Place"/>).
/// Both take spans and may be called several times, for input kept in several chunks.
/// Usage: <see cref="Begin"/>, every <see cref="Count"/>, every <see cref="Place"/> in the same order,
/// then <see cref="FoldEach"/>.</para>
/// <para>The arrays are kept for the next use: a folder of buckets groups thousands of them.
/// Not thread-safe: one per folding thread.</para>
/// </remarks>
internal sealed class CustomerGrouping
{
    private int[] _ends = new int[1024];
    private TimedStage[] _sorted = new TimedStage[1024];
    private int _customers;
    private int _events;
    private bool _placing;

    /// <summary>Starts a grouping of <paramref name="events"/> events of <paramref name="customers"/> customers.</summary>
    /// <exception cref="InvalidOperationException">Thrown when there are more events than an array can hold.</exception>
    public void Begin(int customers, long events)
    {
        if (events > Array.MaxLength)
        {
            throw new InvalidOperationException($"An accumulator holds {events} events; at most {Array.MaxLength} are supported. Split the customers over several accumulators.");
        }

        _customers = customers;
        _events = (int)events;
        _placing = false;
        Ensure(ref _ends, customers + 1).Clear();
        Ensure(ref _sorted, _events);
    }

    /// <summary>First pass: counts the events of each customer.</summary>
    /// <param name="customer">The customer index of each event.</param>
    public void Count(ReadOnlySpan<int> customer)
    {
        var ends = _ends;
        foreach (var c in customer)
        {
            ends[c + 1]++;
        }
    }

    /// <summary>Second pass: puts each event in its customer's range.</summary>
    /// <param name="customer">The customer index of each event, as given to <see cref="Count"/>.</param>
    /// <param name="ticks">The UTC ticks of each event.</param>
    /// <param name="stage">The stage index of each event.</param>
    public void Place(ReadOnlySpan<int> customer, ReadOnlySpan<long> ticks, ReadOnlySpan<byte> stage)
    {
        var ends = _ends;
        if (!_placing)
        {
            // Prefix sums: ends[c] becomes the start of customer c's range, the cursor of the next event.
            for (var c = 1; c <= _customers; c++)
            {
                ends[c] += ends[c - 1];
            }

            _placing = true;
        }

        var sorted = _sorted;
        for (var i = 0; i < customer.Length; i++)
        {
            sorted[ends[customer[i]]++] = new TimedStage(ticks[i], stage[i]);
        }
    }

    /// <summary>Folds every customer's events, in customer index order.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="ids">When customer rows are kept: each customer's id, by index.</param>
    /// <param name="groups">With a breakdown: each customer's breakdown value, by index.</param>
    public void FoldEach(CustomerFolder folder, IReadOnlyList<string>? ids = null, IReadOnlyList<string?>? groups = null)
    {
        // Each cursor now points at the end of its customer's range, which is where the next one starts.
        var ends = _ends;
        var sorted = _sorted.AsSpan(0, _events);
        var start = 0;
        for (var c = 0; c < _customers; c++)
        {
            var end = ends[c];
            if (!folder.Extended)
            {
                folder.FoldCustomer(sorted[start..end]);
            }
            else
            {
                folder.FoldCustomer(sorted[start..end], ids?[c] ?? "", groups?[c]);
            }

            start = end;
        }
    }

    private static Span<T> Ensure<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array.AsSpan(0, size);
    }
}
