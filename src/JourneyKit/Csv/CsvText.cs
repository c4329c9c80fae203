using System.Text;

namespace JourneyKit.Csv;

/// <summary>How a CSV problem shows the user the line and the trouble, the same for every reader.</summary>
internal static class CsvText
{
    /// <summary>At most this many characters of a line are shown in <see cref="CsvProblem.Content"/>.</summary>
    public const int MaxContentChars = 200;

    /// <summary>The phrase for a problem of the CSV syntax itself (a reader adds its own column phrases).</summary>
    public static string Describe(CsvProblemKind kind) => kind switch
    {
        CsvProblemKind.QuoteInUnquotedField => "a quote inside an unquoted field (a field holding quotes must be enclosed in quotes, with inner quotes doubled)",
        CsvProblemKind.TextAfterClosingQuote => "text after a closing quote (a quoted field must be followed by a comma or the end of the line)",
        CsvProblemKind.UnclosedQuote => "a quoted field is not closed",
        CsvProblemKind.LineTooLong => $"the line is longer than {CsvBlockSource.BlockSize >> 20} MiB (is a quote left open?)",
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

    /// <summary>The first <paramref name="maxBytes"/> bytes as text, with <c>…</c> when cut.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, maxBytes)]);
        return bytes.Length > maxBytes ? text + "…" : text;
    }
}
