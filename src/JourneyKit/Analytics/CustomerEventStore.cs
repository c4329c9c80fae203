namespace JourneyKit.Analytics;

/// <summary>
/// The events of one shard's customers, as compact columns (customer index, UTC ticks, stage
/// index: 13 bytes an event) kept in fixed-size chunks so that growing never copies.
/// </summary>
/// <remarks>Not thread-safe: the analyzer guards each shard's store with a lock.</remarks>
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

    public void Add(ulong hash, ReadOnlySpan<byte> customerKey, long utcTicks, int stage)
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
    }

    /// <summary>Adds a batch of parsed events whose customer keys live in <see cref="PendingBatch.Keys"/>.</summary>
    public void Add(PendingBatch batch)
    {
        var keys = batch.Keys;
        foreach (ref readonly var e in batch.Items.AsSpan(0, batch.Count))
        {
            Add(e.Hash, keys.AsSpan(e.KeyOffset, e.KeyLength), e.Ticks, e.Stage);
        }
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
