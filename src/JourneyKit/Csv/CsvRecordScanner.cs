using System.Buffers;

namespace JourneyKit.Csv;

/// <summary>
/// Splits RFC 4180 records into fields, over UTF-8 bytes and without allocating.
/// </summary>
/// <remarks>
/// A record ends at a line feed outside quotes (a carriage return before it is dropped, so CRLF and
/// LF both work). A field that begins with <c>"</c> is quoted: it may hold commas, line breaks and
/// doubled quotes, and must be followed by a comma or the end of the record. Anything else is
/// reported, and the scan goes on by a fixed rule so that the record's end is always well defined —
/// the block reader uses this same scanner to cut the file between records:
/// a quote inside an unquoted field is kept as data; text after a closing quote runs to the next
/// comma or line feed; a quote left open runs to the end of the data.
/// </remarks>
internal static class CsvRecordScanner
{
    private static readonly SearchValues<byte> UnquotedStops = SearchValues.Create(",\n\""u8);
    private static readonly SearchValues<byte> FieldEnds = SearchValues.Create(",\n"u8);

    /// <summary>Scans the record that starts at <paramref name="start"/>.</summary>
    /// <param name="data">The bytes; the record ends at a line feed or at the end of the span.</param>
    /// <param name="start">Where the record begins.</param>
    /// <param name="fields">Receives the first <c>fields.Length</c> fields.</param>
    /// <param name="fieldCount">The number of fields in the record (may exceed <c>fields.Length</c>).</param>
    /// <param name="problem">The first quoting problem met (<see cref="CsvProblemKind.QuoteInUnquotedField"/>,
    /// <see cref="CsvProblemKind.TextAfterClosingQuote"/> or <see cref="CsvProblemKind.UnclosedQuote"/>), or <see langword="null"/>.</param>
    /// <returns>Where the next record begins.</returns>
    public static int Scan(ReadOnlySpan<byte> data, int start, Span<CsvField> fields, out int fieldCount, out CsvProblemKind? problem)
    {
        var n = data.Length;
        var p = start;
        var count = 0;
        problem = null;
        while (true)
        {
            int fieldStart, fieldEnd, next;
            var escaped = false;
            if (p < n && data[p] == (byte)'"')
            {
                fieldStart = p + 1;
                var q = fieldStart;
                while (true)
                {
                    var rel = data[q..].IndexOf((byte)'"');
                    if (rel < 0)
                    {
                        SetProblem(ref problem, CsvProblemKind.UnclosedQuote);
                        Store(fields, count++, fieldStart, n, escaped);
                        fieldCount = count;
                        return n;
                    }

                    q += rel;
                    if (q + 1 < n && data[q + 1] == (byte)'"')
                    {
                        escaped = true;
                        q += 2;
                        continue;
                    }

                    break;
                }

                fieldEnd = q;
                p = q + 1;
                if (p >= n)
                {
                    Store(fields, count++, fieldStart, fieldEnd, escaped);
                    fieldCount = count;
                    return n;
                }

                var c = data[p];
                if (c == (byte)',')
                {
                    Store(fields, count++, fieldStart, fieldEnd, escaped);
                    p++;
                    continue;
                }

                if (c == (byte)'\n')
                {
                    Store(fields, count++, fieldStart, fieldEnd, escaped);
                    fieldCount = count;
                    return p + 1;
                }

                if (c == (byte)'\r' && (p + 1 == n || data[p + 1] == (byte)'\n'))
                {
                    Store(fields, count++, fieldStart, fieldEnd, escaped);
                    fieldCount = count;
                    return Math.Min(p + 2, n);
                }

                // Text after the closing quote: the field runs on, unquoted, to the next comma or line feed.
                SetProblem(ref problem, CsvProblemKind.TextAfterClosingQuote);
                var stop = data[p..].IndexOfAny(FieldEnds);
                next = stop < 0 ? n : p + stop;
                fieldEnd = next;
            }
            else
            {
                fieldStart = p;
                var stop = data[p..].IndexOfAny(UnquotedStops);
                next = stop < 0 ? n : p + stop;
                if (next < n && data[next] == (byte)'"')
                {
                    // A quote inside an unquoted field is data, but not RFC 4180.
                    SetProblem(ref problem, CsvProblemKind.QuoteInUnquotedField);
                    stop = data[next..].IndexOfAny(FieldEnds);
                    next = stop < 0 ? n : next + stop;
                }

                fieldEnd = next;
            }

            if (next == n || data[next] == (byte)'\n')
            {
                if (fieldEnd > fieldStart && data[fieldEnd - 1] == (byte)'\r')
                {
                    fieldEnd--;
                }

                Store(fields, count++, fieldStart, fieldEnd, escaped);
                fieldCount = count;
                return next == n ? n : next + 1;
            }

            Store(fields, count++, fieldStart, fieldEnd, escaped);
            p = next + 1;
        }
    }

    /// <summary>Whether the record between <paramref name="start"/> and <paramref name="end"/> is a blank line (only a line break).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> data, int start, int end)
    {
        var length = end - start;
        return length == 0
            || (length == 1 && data[start] == (byte)'\n')
            || (length == 2 && data[start] == (byte)'\r' && data[start + 1] == (byte)'\n');
    }

    /// <summary>Undoes doubled quotes in place and returns the new length.</summary>
    public static int Unescape(Span<byte> field)
    {
        var write = 0;
        for (var read = 0; read < field.Length; read++)
        {
            field[write++] = field[read];
            if (field[read] == (byte)'"' && read + 1 < field.Length && field[read + 1] == (byte)'"')
            {
                read++;
            }
        }

        return write;
    }

    /// <summary>
    /// Finds where the last complete record in <paramref name="data"/> ends: the cut between blocks.
    /// Returns 0 when no record is complete.
    /// </summary>
    public static int LastRecordEnd(ReadOnlySpan<byte> data)
    {
        var firstQuote = data.IndexOf((byte)'"');
        if (firstQuote < 0)
        {
            return data.LastIndexOf((byte)'\n') + 1;
        }

        // Lines before the first quote are plain; scan records from the one that holds it.
        var p = data[..firstQuote].LastIndexOf((byte)'\n') + 1;
        var complete = p;
        Span<CsvField> none = [];
        while (p < data.Length)
        {
            var next = Scan(data, p, none, out _, out var problem);
            if (problem == CsvProblemKind.UnclosedQuote || data[next - 1] != (byte)'\n')
            {
                break; // runs to the end of the data: may continue in the next block
            }

            complete = next;
            p = next;
        }

        return complete;
    }

    private static void Store(Span<CsvField> fields, int index, int start, int end, bool escaped)
    {
        if (index < fields.Length)
        {
            ref var f = ref fields[index];
            f.Start = start;
            f.End = end;
            f.Escaped = escaped;
        }
    }

    private static void SetProblem(ref CsvProblemKind? problem, CsvProblemKind value) => problem ??= value;
}
