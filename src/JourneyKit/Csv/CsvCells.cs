namespace JourneyKit.Csv;

/// <summary>Writes CSV cells that are safe to open in a spreadsheet, for every CSV JourneyKit writes.</summary>
/// <remarks>
/// The rule, in order: a <see langword="null"/> or empty value writes nothing. A value beginning with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c> (so that a spreadsheet shows it
/// rather than running it as a formula), unless the whole value is a number matching
/// <c>^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$</c>: a negative number stays a number. Then RFC 4180: a value
/// containing <c>,</c>, <c>"</c>, CR or LF is wrapped in double quotes with its inner quotes doubled.
/// </remarks>
internal static class CsvCells
{
    /// <summary>Writes one cell (without its separator).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The cell's text; <see langword="null"/> or empty writes nothing.</param>
    public static void WriteCell(TextWriter writer, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>Whether the whole value matches <c>^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$</c> (written out: .NET's <c>$</c> would also accept a final LF).</summary>
    internal static bool IsNumber(string value)
    {
        var i = 0;
        if (i < value.Length && value[i] == '-')
        {
            i++;
        }

        if (!Digits(value, ref i))
        {
            return false;
        }

        if (i < value.Length && value[i] == '.')
        {
            i++;
            if (!Digits(value, ref i))
            {
                return false;
            }
        }

        if (i < value.Length && value[i] is 'e' or 'E')
        {
            i++;
            if (i < value.Length && value[i] is '-' or '+')
            {
                i++;
            }

            if (!Digits(value, ref i))
            {
                return false;
            }
        }

        return i == value.Length;
    }

    /// <summary>Skips one or more ASCII digits; false when there is none.</summary>
    private static bool Digits(string value, ref int i)
    {
        var start = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        return i > start;
    }
}
