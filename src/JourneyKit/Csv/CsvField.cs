namespace JourneyKit.Csv;

/// <summary>Where a field's content lies in the record's bytes (inside the quotes for a quoted field).</summary>
internal struct CsvField
{
    public int Start;
    public int End;

    /// <summary>The field was quoted and holds doubled quotes (<c>""</c>) still to be undone.</summary>
    public bool Escaped;

    public readonly int Length => End - Start;
}
