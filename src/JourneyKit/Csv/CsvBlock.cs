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

    /// <summary>The block was cut inside a record that did not end within the block size (see <see cref="CsvProblemKind.LineTooLong"/>).</summary>
    public bool CutInsideRecord { get; init; }

    /// <summary>
    /// Scans the record at <paramref name="start"/> and checks its shape, the same for every reader: a record
    /// running past the block's cut is <see cref="CsvProblemKind.LineTooLong"/>, a quoting problem of the
    /// scanner stands, and a record with another number of fields than the header's
    /// <paramref name="columns"/> is <see cref="CsvProblemKind.WrongColumnCount"/>.
    /// </summary>
    /// <returns>The end of the record; <paramref name="blank"/> says it is an empty line, to be skipped.</returns>
    public int ScanRecord(int start, Span<CsvField> fields, int columns, out bool blank, out CsvProblemKind? problem, out string? detail)
    {
        var data = Buffer.AsSpan(0, End);
        var end = CsvRecordScanner.Scan(data, start, fields, out var fieldCount, out problem);
        blank = fieldCount == 1 && CsvRecordScanner.IsBlank(data, start, end);
        detail = null;
        if (CutInsideRecord && end == data.Length && problem is null or CsvProblemKind.UnclosedQuote)
        {
            // The record runs on past the block's cut: a line (or a quote left open) longer than a block.
            problem = CsvProblemKind.LineTooLong;
        }
        else if (problem is null && fieldCount != columns)
        {
            problem = CsvProblemKind.WrongColumnCount;
            detail = $"{fieldCount} fields where the header has {columns}";
        }

        return end;
    }

    /// <summary>The physical line number of a position in the block.</summary>
    public long LineAt(int position) => FirstLine + Buffer.AsSpan(Start, position - Start).Count((byte)'\n');
}
