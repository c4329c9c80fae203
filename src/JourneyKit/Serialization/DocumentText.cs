namespace JourneyKit.Serialization;

/// <summary>
/// A UTF-8 document being read, with what is needed to report positions the way an editor shows
/// them: 1-based lines and 1-based bytes within the line, counted from the start of the file
/// (a byte order mark, which the reader skips, still counts on line 1).
/// </summary>
internal readonly ref struct DocumentText
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public DocumentText(ReadOnlySpan<byte> file)
    {
        BomLength = file.StartsWith(Bom) ? Bom.Length : 0;
        Json = file[BomLength..];
    }

    /// <summary>The document without its byte order mark.</summary>
    public ReadOnlySpan<byte> Json { get; }

    /// <summary>3 when the file starts with a UTF-8 byte order mark, else 0.</summary>
    public int BomLength { get; }

    /// <summary>The 1-based line and byte of an offset into <see cref="Json"/>.</summary>
    public (long Line, long Byte) PositionOf(long index)
    {
        var before = Json[..(int)Math.Min(index, Json.Length)];
        var line = (long)before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var bytePosition = before.Length - lineStart + 1;
        return (line, line == 1 ? bytePosition + BomLength : bytePosition);
    }

    /// <summary>The 1-based position of what System.Text.Json reports as a 0-based line and byte within <see cref="Json"/>.</summary>
    public (long Line, long Byte) FromReader(long zeroBasedLine, long zeroBasedByte) =>
        (zeroBasedLine + 1, zeroBasedByte + 1 + (zeroBasedLine == 0 ? BomLength : 0));

    /// <summary>The offset into <see cref="Json"/> of a 0-based line and byte as System.Text.Json reports them.</summary>
    public int IndexOf(long zeroBasedLine, long zeroBasedByte)
    {
        var start = 0;
        for (long line = 0; line < zeroBasedLine; line++)
        {
            var next = Json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return Json.Length;
            }

            start += next + 1;
        }

        return (int)Math.Min(start + zeroBasedByte, Json.Length);
    }
}
