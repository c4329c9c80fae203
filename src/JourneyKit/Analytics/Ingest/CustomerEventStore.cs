namespace JourneyKit.Analytics;

/// <summary>
/// Events added one by one, as compact columns (customer index, UTC ticks, stage
/// index: 13 bytes an event) kept in fixed-size chunks so that growing never copies.
/// </summary>
/// <remarks>Used by <see cref="JourneyAnalyticsAccumulator.Add"/>. Not thread-safe.</remarks>
internal sealed class CustomerEventStore
{
    private const int ChunkShift = 16;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<Chunk> _chunks = [];
    private Chunk? _current;
    private int _used = ChunkSize;

    public CustomerTable Customers { get; } = new();

    /// <summary>The number of events stored.</summary>
    public long Count { get; private set; }

    /// <summary>Stores an event; returns its customer's index (dense, in order of first appearance).</summary>
    public int Add(ulong hash, ReadOnlySpan<byte> customerKey, long utcTicks, int stage)
    {
        var customer = Customers.GetOrAdd(hash, customerKey);
        if (_used == ChunkSize)
        {
            _current = new Chunk();
            _chunks.Add(_current);
            _used = 0;
        }

        var chunk = _current!;
        chunk.Customer[_used] = customer;
        chunk.Ticks[_used] = utcTicks;
        chunk.Stage[_used] = (byte)stage;
        _used++;
        Count++;
        return customer;
    }

    /// <summary>The chunks in insertion order, each with the number of events it holds.</summary>
    public IEnumerable<(int[] Customer, long[] Ticks, byte[] Stage, int Length)> Chunks()
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            var chunk = _chunks[i];
            yield return (chunk.Customer, chunk.Ticks, chunk.Stage, i == _chunks.Count - 1 ? _used : ChunkSize);
        }
    }

    private sealed class Chunk
    {
        public readonly int[] Customer = new int[ChunkSize];
        public readonly long[] Ticks = new long[ChunkSize];
        public readonly byte[] Stage = new byte[ChunkSize];
    }
}
