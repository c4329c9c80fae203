using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace JourneyKit.Analytics;

/// <summary>The bytes that identify a customer in a bucket: the id's UTF-8 encoding.</summary>
/// <remarks>
/// In-memory ids are transcoded to UTF-8 (half the bytes of UTF-16 for the usual ASCII ids, and the
/// same form as CSV input). UTF-8 is one-to-one for valid text; an id with a lone surrogate has no
/// UTF-8 form and keeps its UTF-16 bytes behind a 0xFF byte, which never begins valid UTF-8, so no
/// two different ids share a key.
/// </remarks>
internal static class CustomerKey
{
    /// <summary>The key of <paramref name="id"/>, in <paramref name="buffer"/> when it fits, else in a new array.</summary>
    public static ReadOnlySpan<byte> FromString(string id, Span<byte> buffer)
    {
        if (id.Length * 3 <= buffer.Length)
        {
            if (Utf8.FromUtf16(id, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                return buffer[..written];
            }
        }
        else
        {
            var bytes = new byte[id.Length * 3];
            if (Utf8.FromUtf16(id, bytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                return bytes.AsSpan(0, written);
            }
        }

        byte[] marked = [0xFF, .. MemoryMarshal.AsBytes(id.AsSpan())];
        return marked;
    }
}
