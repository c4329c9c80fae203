using System.Text.Unicode;

namespace JourneyKit.Csv;

/// <summary>A run of whole CSV records, <c>Buffer[Start..End]</c>, cut from the input by <see cref="CsvBlockSource"/>.</summary>
internal sealed class CsvBlock
{
    public required byte[] Buffer { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The position of the block in the input: 0, 1, 2 …</summary>
    public required int Sequence { get; init; }

    /// <summary>The physical line number at <see cref="Start"/>.</summary>
    public required long FirstLine { get; init; }

    /// <summary>
    /// The block is the first part of one physical line longer than a whole buffer (its rest was
    /// skipped unread): one record, <see cref="CsvProblemKind.LineTooLong"/>.
    /// </summary>
    public bool LongLine { get; init; }

    /// <summary>The most bytes a record may hold, its line break included (the source's line limit).</summary>
    public int MaxLineBytes { get; init; } = CsvBlockSource.DefaultMaxLineBytes;

    // 0: not checked yet; 1: the whole block is valid UTF-8; 2: it is not (each record is checked).
    private int _utf8;

    /// <summary>
    /// Scans the record at <paramref name="start"/> and checks its shape, the same for every reader: a record
    /// over the line limit is <see cref="CsvProblemKind.LineTooLong"/>, a quoting problem of the
    /// scanner stands, a record with another number of fields than the header's
    /// <paramref name="columns"/> is <see cref="CsvProblemKind.WrongColumnCount"/>, and a record that is not
    /// valid UTF-8 is <see cref="CsvProblemKind.InvalidUtf8"/>.
    /// </summary>
    /// <returns>The end of the record; <paramref name="blank"/> says it is an empty line, to be skipped.
    /// After a malformed record, go on at <see cref="Resume"/>.</returns>
    public int ScanRecord(int start, Span<CsvField> fields, int columns, out bool blank, out CsvProblemKind? problem, out string? detail)
    {
        detail = null;
        if (LongLine)
        {
            blank = false;
            problem = CsvProblemKind.LineTooLong;
            return End;
        }

        var data = Buffer.AsSpan(0, End);
        var end = CsvRecordScanner.Scan(data, start, fields, out var fieldCount, out problem);
        blank = fieldCount == 1 && CsvRecordScanner.IsBlank(data, start, end);
        if (end - start > MaxLineBytes)
        {
            problem = CsvProblemKind.LineTooLong;
        }
        else if (problem is null && fieldCount != columns)
        {
            problem = CsvProblemKind.WrongColumnCount;
            detail = $"{fieldCount} fields where the header has {columns}";
        }
        else if (problem is null && !IsUtf8(data, start, end))
        {
            problem = CsvProblemKind.InvalidUtf8;
        }

        return end;
    }

    /// <summary>
    /// Where reading goes on after the malformed record <c>[start, end)</c>: a record that spans several
    /// lines costs its first line only (a quote left open swallows nothing), so reading goes on with the next line.
    /// </summary>
    public int Resume(int start, int end)
    {
        var lineFeed = Buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
        return lineFeed < 0 || start + lineFeed + 1 >= end ? end : start + lineFeed + 1;
    }

    private bool IsUtf8(ReadOnlySpan<byte> data, int start, int end)
    {
        if (_utf8 == 0)
        {
            // One vectorised pass over the block; only a block with a bad byte checks record by record.
            _utf8 = Utf8.IsValid(data[Start..]) ? 1 : 2;
        }

        return _utf8 == 1 || Utf8.IsValid(data[start..end]);
    }

    /// <summary>The physical line number of a position in the block.</summary>
    public long LineAt(int position) => FirstLine + Buffer.AsSpan(Start, position - Start).Count((byte)'\n');
}
