namespace JourneyKit.Csv;

/// <summary>Why a CSV line was not used as an event.</summary>
public enum CsvProblemKind
{
    /// <summary>The line has more or fewer fields than the header.</summary>
    WrongColumnCount,

    /// <summary>The customerId field is empty.</summary>
    EmptyCustomerId,

    /// <summary>The touchpointId field is empty.</summary>
    EmptyTouchpointId,

    /// <summary>The timestamp is not an ISO 8601 time with an offset or <c>Z</c>.</summary>
    UnreadableTimestamp,

    /// <summary>A quote appears inside a field that does not begin with one.</summary>
    QuoteInUnquotedField,

    /// <summary>A quoted field's closing quote is followed by something other than a comma or the end of the line.</summary>
    TextAfterClosingQuote,

    /// <summary>A quoted field is never closed.</summary>
    UnclosedQuote,

    /// <summary>A line (or a quoted field spanning lines) is longer than the line limit (<c>MaxLineBytes</c>, 4 MiB by default, the line break included). It is one malformed line whatever its length.</summary>
    LineTooLong,

    /// <summary>The line is well formed but its touchpoint is not in the map: counted as an unknown-touchpoint event or answer (the report's <c>unknownTouchpointEvents</c>), not as malformed.</summary>
    UnknownTouchpoint,

    /// <summary>A survey answer's <c>metric</c> is not <c>nps</c>, <c>csat</c> or <c>ces</c> (lowercase).</summary>
    UnreadableMetric,

    /// <summary>A survey answer's <c>rating</c> is not an integer (written without a fraction) in its metric's range: nps 0..10, csat 1..5, ces 1..7.</summary>
    UnreadableRating,

    /// <summary>The line is not valid UTF-8 (a Latin-1 byte, a truncated or overlong sequence, an encoded surrogate).</summary>
    InvalidUtf8,
}
