using System.Text;

namespace JourneyKit.Csv;

/// <summary>How a CSV problem shows the user the line and the trouble, the same for every reader.</summary>
internal static class CsvText
{
    /// <summary>At most this many characters of a line are shown in <see cref="CsvProblem.Content"/>.</summary>
    public const int MaxContentChars = 200;

    /// <summary>The phrase for a problem of the CSV syntax itself (a reader adds its own column phrases).</summary>
    public static string Describe(CsvProblemKind kind, int maxLineBytes = CsvBlockSource.DefaultMaxLineBytes) => kind switch
    {
        CsvProblemKind.QuoteInUnquotedField => "a quote inside an unquoted field (a field holding quotes must be enclosed in quotes, with inner quotes doubled)",
        CsvProblemKind.TextAfterClosingQuote => "text after a closing quote (a quoted field must be followed by a comma or the end of the line)",
        CsvProblemKind.UnclosedQuote => "a quoted field is not closed",
        CsvProblemKind.LineTooLong => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the line is longer than {maxLineBytes} bytes, the line limit (raise MaxLineBytes, or --max-line-bytes on the command line)"),
        CsvProblemKind.InvalidUtf8 => "the line is not valid UTF-8 (the file must be UTF-8; was it saved as Latin-1 or Windows-1252?)",
        _ => kind.ToString(),
    };

    /// <summary>The phrase for a timestamp field that is not an ISO 8601 time with an offset.</summary>
    public static string UnreadableTimestamp(ReadOnlySpan<byte> field) =>
        $"the timestamp '{Decode(field, 60)}' is not an ISO 8601 time with an offset or Z (such as 2026-01-31T12:34:56Z or 2026-01-31T14:34:56.5+02:00)";

    /// <summary>The record's text for <see cref="CsvProblem.Content"/>: at most 200 characters, line breaks shown as <c>\r</c> and <c>\n</c>.</summary>
    public static string Content(ReadOnlySpan<byte> record)
    {
        var text = Decode(record, MaxContentChars * 4).TrimEnd('\n').TrimEnd('\r');
        var escaped = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return escaped.Length <= MaxContentChars ? escaped : string.Concat(escaped.AsSpan(0, MaxContentChars), "…");
    }

    /// <summary>
    /// <paramref name="text"/> with what cannot be seen made visible: CR, LF and tab as <c>\r</c>, <c>\n</c>
    /// and <c>\t</c>; a byte order mark as <c>U+FEFF</c>; any other control or format character (and a
    /// lone surrogate or U+FFFD from bytes that are not UTF-8) as <c>U+XXXX</c>.
    /// </summary>
    public static string Visible(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                    => builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>The first <paramref name="maxBytes"/> bytes as text, with <c>…</c> when cut.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, maxBytes)]);
        return bytes.Length > maxBytes ? text + "…" : text;
    }
}
