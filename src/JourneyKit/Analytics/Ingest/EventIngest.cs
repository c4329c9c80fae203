using System.Runtime.InteropServices;

namespace JourneyKit.Analytics;

/// <summary>Feeds in-memory events, synchronous or asynchronous, into a <see cref="StringEventFold"/>.</summary>
internal static class EventIngest
{
    /// <summary>Events per chunk of a sequence that is not an array or list.</summary>
    private const int Chunk = 1 << 18;

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
                var chunk = new JourneyEvent[Chunk];
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

    /// <summary>Folds asynchronous events working on their strings, in chunks.</summary>
    public static async Task<AnalyticsState> RunStringsAsync(StringEventFold fold, IAsyncEnumerable<JourneyEvent> events, CancellationToken cancellationToken)
    {
        // Each full chunk is folded (on every core) before the next is read; the records keep the id
        // strings, not the chunk, so one chunk array serves the whole sequence.
        var chunk = new JourneyEvent[Chunk];
        var filled = 0;
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunk[filled++] = e;
            if (filled == chunk.Length)
            {
                fold.Add(filled, (from, to) => chunk.AsSpan(from, to - from));
                filled = 0;
            }
        }

        fold.Add(filled, (from, to) => chunk.AsSpan(from, to - from));
        return fold.Finish();
    }
}
