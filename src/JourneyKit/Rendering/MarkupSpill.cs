using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Moves what a writer has built so far out to a <see cref="TextWriter"/> once it is large, so that a
/// streamed document never exists whole in memory: the writers keep appending to one small
/// <see cref="StringBuilder"/>, which is written out and emptied every <see cref="Threshold"/> characters.
/// Nothing reads back what was written, so spilling early changes no character of the output.
/// </summary>
internal static class MarkupSpill
{
    /// <summary>The characters a builder may hold before they are written out (about 128 KB).</summary>
    public const int Threshold = 64 * 1024;

    /// <summary>The capacity to give a builder that spills: room for one more element past the threshold without growing.</summary>
    public const int Capacity = Threshold + (16 * 1024);

    /// <summary>
    /// A document written to <paramref name="output"/> a piece at a time: <paramref name="write"/> appends to a builder and
    /// spills it to the sink it is given (<see cref="IfFull"/>); what is left at the end is written out too.
    /// </summary>
    public static void Stream(TextWriter output, Action<StringBuilder, TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = new StringBuilder(Capacity);
        write(builder, output);
        All(builder, output);
    }

    /// <summary>Writes out and empties <paramref name="builder"/> when it holds <see cref="Threshold"/> characters or more and there is a <paramref name="sink"/>.</summary>
    public static void IfFull(StringBuilder builder, TextWriter? sink)
    {
        if (sink is not null && builder.Length >= Threshold)
        {
            All(builder, sink);
        }
    }

    /// <summary>Writes out and empties <paramref name="builder"/>.</summary>
    public static void All(StringBuilder builder, TextWriter sink)
    {
        foreach (var chunk in builder.GetChunks())
        {
            sink.Write(chunk.Span);
        }

        builder.Clear();
    }
}
