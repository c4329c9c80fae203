using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace JourneyKit.Analytics;

/// <summary>
/// One worker's events, partitioned by the top bits of the customer hash into
/// <see cref="Buckets"/> byte streams, with no lock and no table lookup on the way in.
/// </summary>
/// <remarks>
/// This is the radix partitioning of a partitioned hash aggregation: appending to 512 streams keeps
/// their tails in cache, and later each bucket (all workers' streams for it) holds few enough
/// customers for its hash table to stay in cache too. A customer lands in one bucket only, so buckets
/// fold independently and their results merge exactly.
/// A record is <c>[key length: 1 byte, or 255 and 4 bytes][key bytes][UTC ticks: 8 bytes][stage: 1 byte]</c>.
/// </remarks>
internal sealed class BucketWriter
{
    public const int BucketBits = 9;
    public const int Buckets = 1 << BucketBits;
    private const int FirstSegment = 512;
    private const int MaxSegment = 1 << 16;

    private readonly Tail[] _tails = new Tail[Buckets];

    public static int BucketOf(ulong hash) => (int)(hash >> (64 - BucketBits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong hash, ReadOnlySpan<byte> key, long utcTicks, int stage)
    {
        ref var tail = ref _tails[BucketOf(hash)];
        var need = key.Length + 30; // room to copy a short key as two whole words
        if (tail.Buffer is null || tail.Used + need > tail.Buffer.Length)
        {
            NewSegment(ref tail, need);
        }

        var span = tail.Buffer.AsSpan(tail.Used);
        int p;
        if (key.Length < 255)
        {
            span[0] = (byte)key.Length;
            p = 1;
        }
        else
        {
            span[0] = 255;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], key.Length);
            p = 5;
        }

        if (key.Length is >= 8 and <= 16)
        {
            // Two overlapping words instead of a call to memmove: most ids are this long.
            BinaryPrimitives.WriteUInt64LittleEndian(span[p..], BinaryPrimitives.ReadUInt64LittleEndian(key));
            BinaryPrimitives.WriteUInt64LittleEndian(span[(p + key.Length - 8)..], BinaryPrimitives.ReadUInt64LittleEndian(key[(key.Length - 8)..]));
        }
        else
        {
            key.CopyTo(span[p..]);
        }

        p += key.Length;
        BinaryPrimitives.WriteInt64LittleEndian(span[p..], utcTicks);
        span[p + 8] = (byte)stage;
        tail.Used += p + 9;
    }

    /// <summary>
    /// <see cref="Add"/> with a breakdown: the record continues with the event's input position (8 bytes) and
    /// its breakdown value (<c>[length: 4 bytes][UTF-8 bytes]</c>, length 0 for an empty cell).
    /// </summary>
    public void AddWithValue(ulong hash, ReadOnlySpan<byte> key, long utcTicks, int stage, long position, ReadOnlySpan<byte> value)
    {
        ref var tail = ref _tails[BucketOf(hash)];
        var need = key.Length + value.Length + 30;
        if (tail.Buffer is null || tail.Used + need > tail.Buffer.Length)
        {
            NewSegment(ref tail, need);
        }

        var span = tail.Buffer.AsSpan(tail.Used);
        int p;
        if (key.Length < 255)
        {
            span[0] = (byte)key.Length;
            p = 1;
        }
        else
        {
            span[0] = 255;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], key.Length);
            p = 5;
        }

        key.CopyTo(span[p..]);
        p += key.Length;
        BinaryPrimitives.WriteInt64LittleEndian(span[p..], utcTicks);
        span[p + 8] = (byte)stage;
        BinaryPrimitives.WriteInt64LittleEndian(span[(p + 9)..], position);
        BinaryPrimitives.WriteInt32LittleEndian(span[(p + 17)..], value.Length);
        value.CopyTo(span[(p + 21)..]);
        tail.Used += p + 21 + value.Length;
    }

    /// <summary>The segments of a bucket, each with the length in use.</summary>
    public IEnumerable<ArraySegment<byte>> Segments(int bucket)
    {
        var tail = _tails[bucket];
        if (tail.Full is not null)
        {
            foreach (var (buffer, used) in tail.Full)
            {
                yield return new ArraySegment<byte>(buffer, 0, used);
            }
        }

        if (tail.Buffer is not null)
        {
            yield return new ArraySegment<byte>(tail.Buffer, 0, tail.Used);
        }
    }

    /// <summary>Lets a bucket's memory go once it is folded.</summary>
    public void Release(int bucket) => _tails[bucket] = default;

    private static void NewSegment(ref Tail tail, int need)
    {
        if (tail.Buffer is not null)
        {
            (tail.Full ??= []).Add((tail.Buffer, tail.Used));
        }

        // Segments grow with the bucket, so small inputs stay small and big ones make few segments. They live on
        // the pinned object heap: they survive until the fold, and a generational GC would copy them at every
        // promotion (measured: that doubled the cost of ingestion).
        var size = tail.Buffer is null ? FirstSegment : Math.Min(MaxSegment, tail.Buffer.Length * 2);
        tail.Buffer = GC.AllocateUninitializedArray<byte>(Math.Max(size, need), pinned: true);
        tail.Used = 0;
    }

    private struct Tail
    {
        public byte[] Buffer;
        public int Used;
        public List<(byte[] Buffer, int Used)>? Full;
    }
}
