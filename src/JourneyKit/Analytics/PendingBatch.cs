namespace JourneyKit.Analytics;

/// <summary>
/// Events parsed by one worker for one shard, waiting to be interned into that shard's
/// <see cref="CustomerEventStore"/>. Customer keys are byte ranges of <see cref="Keys"/>: the CSV
/// block they were read from, or a buffer the ids of in-memory events were copied into.
/// </summary>
internal sealed class PendingBatch
{
    public PendingBatch(int capacity)
    {
        Items = new PendingEvent[capacity];
    }

    public PendingEvent[] Items { get; private set; }

    public int Count { get; private set; }

    public byte[] Keys { get; set; } = [];

    public int KeysLength { get; set; }

    public void Add(ulong hash, int keyOffset, int keyLength, long ticks, int stage)
    {
        if (Count == Items.Length)
        {
            var items = Items;
            Array.Resize(ref items, items.Length * 2);
            Items = items;
        }

        ref var e = ref Items[Count++];
        e.Hash = hash;
        e.Ticks = ticks;
        e.KeyOffset = keyOffset;
        e.KeyLength = keyLength;
        e.Stage = (byte)stage;
    }

    /// <summary>Copies a key into <see cref="Keys"/> (for in-memory events) and returns its offset.</summary>
    public int CopyKey(ReadOnlySpan<byte> key)
    {
        if (KeysLength + key.Length > Keys.Length)
        {
            var keys = Keys;
            Array.Resize(ref keys, Math.Max(Math.Max(4096, keys.Length * 2), KeysLength + key.Length));
            Keys = keys;
        }

        var offset = KeysLength;
        key.CopyTo(Keys.AsSpan(offset));
        KeysLength += key.Length;
        return offset;
    }

    public void Clear()
    {
        Count = 0;
        KeysLength = 0;
    }

    internal struct PendingEvent
    {
        public ulong Hash;
        public long Ticks;
        public int KeyOffset;
        public int KeyLength;
        public byte Stage;
    }
}
