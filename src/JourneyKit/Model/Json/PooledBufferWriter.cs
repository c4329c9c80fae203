using System.Buffers;
using System.Text;
using System.Text.Json;

namespace JourneyKit.Model;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes on arrays rented from <see cref="ArrayPool{T}.Shared"/>,
/// for documents written or read whole: unlike <see cref="ArrayBufferWriter{T}"/>, growing to a
/// megabyte-sized document does not leave a trail of large-object-heap arrays (each of which counts
/// towards the next full garbage collection). Dispose it to give the array back.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter(int initialCapacity = 16 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>The number of bytes written so far.</summary>
    public int WrittenCount => _written;

    /// <summary>Writes <paramref name="write"/>'s JSON as one document ending with a newline and returns it as a string.</summary>
    public static string WriteJson(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        buffer.Write("\n"u8);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _buffer.Length - _written)
        {
            throw new InvalidOperationException($"Cannot advance {count} bytes: only {_buffer.Length - _written} were given out.");
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(2L * _buffer.Length, (long)_written + needed));
        if (size - _written < needed)
        {
            throw new OutOfMemoryException($"A document cannot grow past {Array.MaxLength} bytes.");
        }

        var next = ArrayPool<byte>.Shared.Rent(size);
        WrittenSpan.CopyTo(next);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = next;
    }
}
