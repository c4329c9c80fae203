using System.Text;

namespace JourneyKit.Cli.Commands;

/// <summary>The aligned tables of the commands' text output.</summary>
internal static class TextTable
{
    /// <summary>Writes aligned columns, two spaces apart, each line indented by two.</summary>
    public static void Write(StringBuilder text, string[] header, bool[] rightAligned, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = new int[header.Length];
        foreach (var row in all)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in all)
        {
            var line = new StringBuilder("  ");
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }

                line.Append(rightAligned[c] ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]));
            }

            text.AppendLine(line.ToString().TrimEnd());
        }
    }
}
