using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JourneyKit.Analytics;

/// <summary>Feeds in-memory events into a <see cref="StringEventFold"/> (or, for asynchronous input, into <see cref="EventBuckets"/>).</summary>
internal static class EventIngest
{
    /// <summary>Folds the events working on their strings: arrays and lists at once, other sequences in chunks.</summary>
    public static AnalyticsState RunStrings(StringEventFold fold, IEnumerable<JourneyEvent> events)
    {
        switch (events)
        {
            case JourneyEvent[] array:
                fold.Add(array.Length, (from, to) => array.AsSpan(from, to - from));
                break;
            case List<JourneyEvent> list:
                fold.Add(list.Count, (from, to) => CollectionsMarshal.AsSpan(list).Slice(from, to - from));
                break;
            default:
                var chunk = new JourneyEvent[1 << 18];
                var filled = 0;
                foreach (var e in events)
                {
                    chunk[filled++] = e;
                    if (filled == chunk.Length)
                    {
                        fold.Add(filled, (from, to) => chunk.AsSpan(from, to - from));
                        filled = 0;
                    }
                }

                fold.Add(filled, (from, to) => chunk.AsSpan(from, to - from));
                break;
        }

        return fold.Finish();
    }

    /// <summary>Processes a chunk of events on the calling thread, into a writer it holds.</summary>
    public static void Process(AnalyticsMap map, ReadOnlySpan<JourneyEvent> events, BucketWriter writer, ref EventCounts counts)
    {
        // Events usually share a few touchpoint id instances: remember the code of each instance seen
        // (by reference, so a hit costs no hashing and no comparison of characters).
        var seen = new string?[64];
        var seenCodes = new int[64];
        Span<byte> utf8 = stackalloc byte[256];
        foreach (ref readonly var e in events)
        {
            var customerId = e.CustomerId;
            var touchpointId = e.TouchpointId;
            if (string.IsNullOrEmpty(customerId) || string.IsNullOrEmpty(touchpointId))
            {
                counts.Malformed++;
                continue;
            }

            counts.Events++;
            var slot = RuntimeHelpers.GetHashCode(touchpointId) & 63;
            int code;
            if (ReferenceEquals(seen[slot], touchpointId))
            {
                code = seenCodes[slot];
            }
            else
            {
                code = map.FindTouchpoint(touchpointId);
                seen[slot] = touchpointId;
                seenCodes[slot] = code;
            }

            if (code < 0)
            {
                counts.Unknown++;
                continue;
            }

            counts.CountKnown(code);
            var key = CustomerKey.FromString(customerId, utf8);
            writer.Add(IdHash.Compute(key), key, e.Timestamp.UtcTicks, AnalyticsMap.StageOf(code));
        }
    }

    /// <summary>Processes a chunk on the calling thread with a writer of its own (for asynchronous input).</summary>
    public static void Process(EventBuckets buckets, ReadOnlySpan<JourneyEvent> events)
    {
        var writer = buckets.Rent();
        var counts = default(EventCounts);
        Process(buckets.Map, events, writer, ref counts);
        buckets.Return(writer);
        buckets.AddCounts(counts);
    }
}
