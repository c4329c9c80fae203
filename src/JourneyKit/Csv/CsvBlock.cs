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

    /// <summary>The physical line number of a position in the block.</summary>
    public long LineAt(int position) => FirstLine + Buffer.AsSpan(Start, position - Start).Count((byte)'\n');
}
