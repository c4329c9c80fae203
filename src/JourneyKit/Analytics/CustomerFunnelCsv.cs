using System.Globalization;
using JourneyKit.Csv;

namespace JourneyKit.Analytics;

/// <summary>
/// Writes <see cref="CustomerFunnel"/> rows as the customers-out CSV: the header
/// <c>customerId,depth,lastStageId,entry,group</c>, then one line per row, every cell spreadsheet-safe.
/// </summary>
/// <remarks>
/// A cell beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c> so that a
/// spreadsheet does not run it as a formula, unless the whole cell is a number (a negative number stays a
/// number); then RFC 4180 quoting. Lines end with CRLF. Rows are written in the order given
/// (<see cref="JourneyAnalyticsAccumulator.CustomerFunnels"/> gives them ordered by customer id ordinally).
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CustomerFunnelCsv
{
    /// <summary>The header line's cells.</summary>
    public const string Header = "customerId,depth,lastStageId,entry,group";

    /// <summary>Writes the header and the rows.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="rows">The rows.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static void Write(TextWriter writer, IEnumerable<CustomerFunnel> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (var row in rows)
        {
            CsvCells.WriteCell(writer, row.CustomerId);
            writer.Write(',');
            CsvCells.WriteCell(writer, row.Depth.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            CsvCells.WriteCell(writer, row.LastStageId);
            writer.Write(',');
            CsvCells.WriteCell(writer, row.Entry?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
            writer.Write(',');
            CsvCells.WriteCell(writer, row.Group);
            writer.Write("\r\n");
        }
    }

    /// <summary>The header and the rows as one string.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="rows"/> is <see langword="null"/>.</exception>
    public static string Write(IEnumerable<CustomerFunnel> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, rows);
        return writer.ToString();
    }
}
