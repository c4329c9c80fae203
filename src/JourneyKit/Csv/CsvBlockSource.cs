using System.Buffers;

namespace JourneyKit.Csv;

/// <summary>
/// Reads a CSV stream in blocks of whole records (about 4 MiB) for the workers, numbering their lines.
/// </summary>
/// <remarks>
/// <see cref="Next"/> is called by every worker under one lock, so reading is sequential (any
/// stream works, stdin included) while the other workers parse. A block is cut after the last
/// complete record; the rest is carried into the next block. A record that does not end within a
/// whole block (in practice a quote left open) is cut at its first line feed and reported as
/// <see cref="CsvProblemKind.LineTooLong"/>, so one bad quote cannot swallow the rest of the file.
/// </remarks>
internal sealed class CsvBlockSource
{
    public const int BlockSize = 4 << 20;

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
    public CsvBlockSource(Stream stream, IReadOnlyList<string> requiredColumns, IProgress<long>? progress)
    {
        _stream = stream;
        _required = requiredColumns;
        _progress = progress;
        _carry = new byte[BlockSize];
        Header = ReadHeader();
    }

    public CsvHeader Header { get; }

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

            var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
            _carry.AsSpan(0, _carryLength).CopyTo(buffer);
            var filled = Fill(buffer, _carryLength, BlockSize);
            if (filled == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                _carryLength = 0;
                return null;
            }

            var data = buffer.AsSpan(0, filled);
            var end = _eof ? filled : CsvRecordScanner.LastRecordEnd(data);
            var cut = false;
            if (end == 0)
            {
                var lineFeed = data.IndexOf((byte)'\n');
                end = lineFeed < 0 ? filled : lineFeed + 1;
                cut = true;
            }

            _carryLength = filled - end;
            data[end..].CopyTo(_carry);
            var block = new CsvBlock { Buffer = buffer, Start = 0, End = end, Sequence = _sequence++, FirstLine = _nextLine, CutInsideRecord = cut };
            _nextLine += data[..end].Count((byte)'\n');
            _consumed += end;
            _progress?.Report(_consumed);
            return block;
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
        var buffer = new byte[BlockSize];
        var filled = Fill(buffer, 0, BlockSize);
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
                throw new JourneyCsvException($"line {line}: the header line is longer than {BlockSize >> 20} MiB; the header names the columns {CsvHeader.Phrase(_required)}.");
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
