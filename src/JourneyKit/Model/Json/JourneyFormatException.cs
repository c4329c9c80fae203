using System.Globalization;

namespace JourneyKit.Model;

/// <summary>
/// Thrown when a document cannot be read as a journey map: a syntax error, a value of the wrong
/// type, a repeated property, a document over the configured limits, or a <c>schemaVersion</c> this
/// library does not understand. The message is one sentence a person can act on: where (the JSON
/// path and, when known, the 1-based line and byte), what was found and what is allowed, e.g.
/// <c>$.stages[0].touchpoints[1].emotion (line 12, byte 20): expected a number from -3 to 3, found the string "high".</c>
/// </summary>
public sealed class JourneyFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence saying where, what is wrong and what is allowed.</param>
    /// <param name="path">The JSON path of the offending value, when known.</param>
    /// <param name="lineNumber">The 1-based line of the offending value, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in that line, when known.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public JourneyFormatException(string message, string? path = null, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The JSON path of the offending value (<c>$.stages[1].touchpoints[0].emotion</c>), when known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line number of the error, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based byte position within the line, when known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>
    /// Creates the exception with the message <c>"{path} (line {line}, byte {byte}): {sentence}"</c>,
    /// leaving out what is not known.
    /// </summary>
    internal static JourneyFormatException Create(string sentence, string? path = null, long? line = null, long? bytePosition = null, Exception? inner = null)
    {
        var position = line is { } l && bytePosition is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"line {l}, byte {b}")
            : null;
        var where = (path, position) switch
        {
            (not null, not null) => $"{path} ({position}): ",
            (not null, null) => $"{path}: ",
            (null, not null) => $"{position}: ",
            _ => "",
        };
        return new JourneyFormatException(where + sentence, path, line, bytePosition, inner);
    }
}
