using System.Text;

namespace JourneyKit.Analytics;

/// <summary>Where the three columns are, found by name in the header record.</summary>
internal sealed record CsvHeader(int Columns, int CustomerColumn, int TouchpointColumn, int TimestampColumn)
{
    public const string CustomerName = "customerId";
    public const string TouchpointName = "touchpointId";
    public const string TimestampName = "timestamp";

    /// <summary>Reads the header from a record's fields; names are matched ignoring case and surrounding spaces.</summary>
    /// <exception cref="JourneyCsvException">Thrown when a column is missing, named twice, or the quoting is broken.</exception>
    public static CsvHeader Parse(byte[] data, int start, int end, long lineNumber)
    {
        var count = CountFields(data, start, end);
        var fields = new CsvField[count];
        CsvRecordScanner.Scan(data.AsSpan(0, end), start, fields, out _, out var problem);
        if (problem is not null)
        {
            throw new JourneyCsvException($"line {lineNumber}: the header's quoting is broken ({problem}); expected a header such as '{CustomerName},{TouchpointName},{TimestampName}'.");
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

        var customer = Find(CustomerName);
        var touchpoint = Find(TouchpointName);
        var timestamp = Find(TimestampName);
        var missing = new[] { (customer, CustomerName), (touchpoint, TouchpointName), (timestamp, TimestampName) }
            .Where(c => c.Item1 < 0).Select(c => $"'{c.Item2}'").ToArray();
        if (missing.Length > 0)
        {
            throw new JourneyCsvException(
                $"line {lineNumber}: the header has no {string.Join(" or ", missing)} column (found: {string.Join(", ", names.Select(n => $"'{n}'"))}); "
                + $"the header must name the columns {CustomerName}, {TouchpointName} and {TimestampName}, in any order.");
        }

        return new CsvHeader(count, customer, touchpoint, timestamp);
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
