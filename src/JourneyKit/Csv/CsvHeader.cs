using System.Text;

namespace JourneyKit.Csv;

/// <summary>
/// Where the required columns are, found by name in the header record: <see cref="Indexes"/>[i] is
/// the column of <see cref="Names"/>[i]. Extra columns are allowed and ignored.
/// </summary>
internal sealed class CsvHeader
{
    private CsvHeader(int columns, IReadOnlyList<string> names, int[] indexes, string[] found)
    {
        Columns = columns;
        Names = names;
        Indexes = indexes;
        Found = found;
    }

    /// <summary>How many fields the header has (every data line must have as many).</summary>
    public int Columns { get; }

    /// <summary>The required column names, in the caller's order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The 0-based field index of each required column.</summary>
    public IReadOnlyList<int> Indexes { get; }

    /// <summary>Every name of the header as written (trimmed), in column order.</summary>
    public IReadOnlyList<string> Found { get; }

    /// <summary>The required names as a phrase: <c>a, b and c</c>.</summary>
    public static string Phrase(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    /// <summary>The index of the column named <paramref name="name"/> (ignoring case), or −1.</summary>
    public int Find(string name)
    {
        for (var i = 0; i < Found.Count; i++)
        {
            if (string.Equals(Found[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads the header from a record's fields; names are matched ignoring case and surrounding spaces.</summary>
    /// <exception cref="JourneyCsvException">Thrown when a column is missing, named twice, or the quoting is broken.</exception>
    public static CsvHeader Parse(byte[] data, int start, int end, long lineNumber, IReadOnlyList<string> required)
    {
        var count = CountFields(data, start, end);
        var fields = new CsvField[count];
        CsvRecordScanner.Scan(data.AsSpan(0, end), start, fields, out _, out var problem);
        if (problem is not null)
        {
            throw new JourneyCsvException($"line {lineNumber}: the header's quoting is broken ({problem}); expected a header such as '{string.Join(",", required)}'.");
        }

        var names = fields.Select(f => Name(data, f)).ToArray();
        int Find(string name)
        {
            var found = -1;
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    if (found >= 0)
                    {
                        throw new JourneyCsvException($"line {lineNumber}: the header names the column '{name}' twice (columns {found + 1} and {i + 1}); each column may appear once.");
                    }

                    found = i;
                }
            }

            return found;
        }

        var indexes = required.Select(Find).ToArray();
        var missing = required.Where((_, i) => indexes[i] < 0).Select(n => $"'{n}'").ToArray();
        if (missing.Length > 0)
        {
            throw new JourneyCsvException(
                $"line {lineNumber}: the header has no {string.Join(" or ", missing)} column (found: {string.Join(", ", names.Select(n => $"'{CsvText.Visible(n)}'"))}); "
                + $"the header must name the columns {Phrase(required)}, in any order{Hint(names)}.");
        }

        return new CsvHeader(count, required, indexes, names);
    }

    /// <summary>A hint when the names hold what explains the miss: a CR (a file with CR-only line breaks) or a second byte order mark.</summary>
    private static string Hint(string[] names)
    {
        if (names.Any(n => n.Contains('\r', StringComparison.Ordinal)))
        {
            return " (a \\r inside a name: are the lines ended by CR alone? Use LF or CRLF)";
        }

        return names.Any(n => n.Contains('\uFEFF', StringComparison.Ordinal))
            ? " (U+FEFF is a byte order mark inside the text: save the file as UTF-8 with one BOM at most, at its start)"
            : "";
    }

    private static int CountFields(byte[] data, int start, int end)
    {
        CsvRecordScanner.Scan(data.AsSpan(0, end), start, [], out var count, out _);
        return count;
    }

    private static string Name(byte[] data, CsvField field)
    {
        var bytes = data.AsSpan(field.Start, field.Length).ToArray();
        var length = field.Escaped ? CsvRecordScanner.Unescape(bytes) : bytes.Length;
        return Encoding.UTF8.GetString(bytes, 0, length).Trim();
    }
}
