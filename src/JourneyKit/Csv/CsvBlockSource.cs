using System.Buffers;

namespace JourneyKit.Csv;

/// <summary>
/// Reads a CSV stream in blocks of whole records (about 4 MiB) for the workers, numbering their lines.
/// </summary>
/// <remarks>
/// <see cref="Next"/> is called by every worker under one lock, so reading is sequential (any
/// stream works, stdin included) while the other workers parse. A block is cut after the last
/// complete record; the rest is carried into the next block. A buffer holds any record within the
/// line limit (<see cref="MaxLineBytes"/>) with its line break. A record that does not end within a
/// whole buffer is, when it spans lines, a quote left open: the block ends after its first line
/// (one malformed line, and reading goes on with the next); when it is one physical line, it is
/// handed out as one <see cref="CsvBlock.LongLine"/> and the rest of the line is skipped unread, so
/// a line of any length is one malformed line.
/// </remarks>
internal sealed class CsvBlockSource
{
    /// <summary>The size of a block when lines are within it (and the least buffer size).</summary>
    public const int BlockSize = 4 << 20;

    /// <summary>The default line limit: 4 MiB (4,194,304 bytes), the line break included.</summary>
    public const int DefaultMaxLineBytes = 4 << 20;

    /// <summary>The largest line limit that may be set: 256 MiB (a buffer of that size is held twice).</summary>
    public const int LargestMaxLineBytes = 256 << 20;

    private readonly int _capacity;

    private readonly Stream _stream;
    private readonly IReadOnlyList<string> _required;
    private readonly IProgress<long>? _progress;
    private readonly object _lock = new();
    private byte[] _carry;
    private int _carryLength;
    private bool _eof;
    private long _nextLine;
    private int _sequence;
    private long _consumed;
    private int _stopAfter = int.MaxValue;

    /// <summary>Reads the header, which must name <paramref name="requiredColumns"/> (in any order, ignoring case).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="maxLineBytes"/> is not within 1 to <see cref="LargestMaxLineBytes"/>.</exception>
    public CsvBlockSource(Stream stream, IReadOnlyList<string> requiredColumns, IProgress<long>? progress, int maxLineBytes = DefaultMaxLineBytes)
    {
        CheckMaxLineBytes(maxLineBytes);
        _stream = stream;
        _required = requiredColumns;
        _progress = progress;
        MaxLineBytes = maxLineBytes;
        _capacity = Math.Max(BlockSize, maxLineBytes);
        _carry = new byte[_capacity];
        Header = ReadHeader();
    }

    public CsvHeader Header { get; }

    /// <summary>The most bytes a record may hold, its line break included.</summary>
    public int MaxLineBytes { get; }

    /// <summary>Refuses a line limit outside 1 to <see cref="LargestMaxLineBytes"/> in one sentence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when it is outside.</exception>
    public static void CheckMaxLineBytes(int maxLineBytes)
    {
        if (maxLineBytes is < 1 or > LargestMaxLineBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLineBytes), maxLineBytes,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The CSV line limit (MaxLineBytes) must be between 1 and {LargestMaxLineBytes} bytes (256 MiB); it is {maxLineBytes}."));
        }
    }

    /// <summary>Makes <see cref="Next"/> hand out no block after <paramref name="sequence"/>.</summary>
    public void StopAfter(int sequence)
    {
        int current;
        do
        {
            current = Volatile.Read(ref _stopAfter);
        }
        while (sequence < current && Interlocked.CompareExchange(ref _stopAfter, sequence, current) != current);
    }

    public bool IsStopped(int sequence) => sequence > Volatile.Read(ref _stopAfter);

    /// <summary>The next block, or <see langword="null"/> at the end. The caller returns the buffer to <see cref="ArrayPool{T}.Shared"/>.</summary>
    public CsvBlock? Next()
    {
        lock (_lock)
        {
            if ((_eof && _carryLength == 0) || IsStopped(_sequence))
            {
                return null;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(_capacity);
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            var filled = Fill(buffer, _carryLength, _capacity);
            if (filled == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                _carryLength = 0;
                return null;
            }

            var data = buffer.AsSpan(0, filled);
            var end = _eof ? filled : CsvRecordScanner.LastRecordEnd(data);
            var longLine = false;
            if (end == 0)
            {
                var lineFeed = data.IndexOf((byte)'\n');
                if (lineFeed >= 0)
                {
                    // A record spanning lines past a whole buffer: a quote left open. It costs its first line.
                    end = lineFeed + 1;
                }
                else
                {
                    // One physical line longer than a whole buffer: one malformed line, its rest skipped.
                    end = filled;
                    longLine = true;
                }
            }

            var block = new CsvBlock
            {
                Buffer = buffer, Start = 0, End = end, Sequence = _sequence++, FirstLine = _nextLine, LongLine = longLine, MaxLineBytes = MaxLineBytes,
            };
            _nextLine += data[..end].Count((byte)'\n');
            _consumed += end;
            if (longLine)
            {
                _carryLength = 0;
                SkipRestOfLine();
                _nextLine++;
            }
            else
            {
                _carryLength = filled - end;
                data[end..].CopyTo(_carry);
            }

            _progress?.Report(_consumed);
            return block;
        }
    }

    /// <summary>Reads on to the end of the current line without keeping it; what follows its line feed is carried.</summary>
    private void SkipRestOfLine()
    {
        while (!_eof)
        {
            var read = _stream.Read(_carry, 0, _carry.Length);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            var lineFeed = _carry.AsSpan(0, read).IndexOf((byte)'\n');
            if (lineFeed >= 0)
            {
                _consumed += lineFeed + 1;
                _carry.AsSpan(lineFeed + 1, read - lineFeed - 1).CopyTo(_carry);
                _carryLength = read - lineFeed - 1;
                return;
            }

            _consumed += read;
        }
    }

    private int Fill(byte[] buffer, int filled, int limit)
    {
        while (!_eof && filled < limit)
        {
            var read = _stream.Read(buffer, filled, limit - filled);
            if (read == 0)
            {
                _eof = true;
            }

            filled += read;
        }

        return filled;
    }

    private CsvHeader ReadHeader()
    {
        var buffer = new byte[_capacity];
        var filled = Fill(buffer, 0, _capacity);
        var start = filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        _consumed = start;
        var line = 1L;
        while (true)
        {
            if (start >= filled)
            {
                throw new JourneyCsvException(
                    $"The input has no header line; the first line must name the columns {CsvHeader.Phrase(_required)}.");
            }

            var end = CsvRecordScanner.Scan(buffer.AsSpan(0, filled), start, [], out _, out var problem);
            if (!_eof && end == filled && (problem == CsvProblemKind.UnclosedQuote || buffer[end - 1] != (byte)'\n'))
            {
                throw new JourneyCsvException($"line {line}: the header line is longer than {_capacity} bytes (or a quote in it is left open); the header names the columns {CsvHeader.Phrase(_required)}.");
            }

            if (CsvRecordScanner.IsBlank(buffer, start, end))
            {
                line++;
                _consumed += end - start;
                start = end;
                continue;
            }

            var header = CsvHeader.Parse(buffer, start, end, line, _required);
            _nextLine = line + buffer.AsSpan(start, end - start).Count((byte)'\n');
            _consumed += end - start;
            _carryLength = filled - end;
            buffer.AsSpan(end, _carryLength).CopyTo(_carry);
            return header;
        }
    }
}
