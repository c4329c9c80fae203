namespace JourneyKit.Csv;

/// <summary>
/// Writes CSV cells the one way every CSV JourneyKit writes needs: RFC 4180 quoting and
/// formula-injection safety as OWASP recommends.
/// </summary>
/// <remarks>
/// The rule, in order: a <see langword="null"/> or empty value writes nothing; a value beginning with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c> (a
/// spreadsheet then shows it as text and runs nothing) unless the whole value is a number matching
/// <c>^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$</c>, so a negative number stays a number; then a value
/// holding <c>,</c>, <c>"</c>, a carriage return or a line feed is enclosed in double quotes with every
/// inner quote doubled.
/// </remarks>
internal static class CsvCells
{
    /// <summary>Writes one cell (without the separator after it).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The cell's text; <see langword="null"/> or empty writes nothing.</param>
    public static void WriteCell(TextWriter writer, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var first = value[0];
        if (first is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
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

    /// <summary>Whether <paramref name="value"/> matches <c>^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$</c>.</summary>
    internal static bool IsNumber(string value)
    {
        var p = 0;
        if (p < value.Length && value[p] == '-')
        {
            p++;
        }

        if (!Digits(value, ref p))
        {
            return false;
        }

        if (p < value.Length && value[p] == '.')
        {
            p++;
            if (!Digits(value, ref p))
            {
                return false;
            }
        }

        if (p < value.Length && value[p] is 'e' or 'E')
        {
            p++;
            if (p < value.Length && value[p] is '-' or '+')
            {
                p++;
            }

            if (!Digits(value, ref p))
            {
                return false;
            }
        }

        return p == value.Length;
    }

    private static bool Digits(string value, ref int p)
    {
        var start = p;
        while (p < value.Length && char.IsAsciiDigit(value[p]))
        {
            p++;
        }

        return p > start;
    }
}
