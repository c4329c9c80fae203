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
    private IReadOnlyList<JourneyFormatException>? _errors;

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
    /// Every error the reader found, this one's first: each with its own <see cref="Path"/>,
    /// <see cref="LineNumber"/> and <see cref="BytePositionInLine"/>. Values of the wrong type, enum
    /// names that are not the format's, nulls where none may be and missing required properties are
    /// all reported at once (up to <c>JourneySerializerOptions.MaxErrors</c>; past it, a last entry
    /// without a path says so); any other problem (malformed JSON, a limit) stops the reader and is the
    /// only entry.
    /// </summary>
    public IReadOnlyList<JourneyFormatException> Errors => _errors ??= [this];

    /// <summary>
    /// When every error is a value of the wrong kind (see <see cref="Errors"/>): the map as read with each
    /// of those values left out (or, where a value is required, set to its type's neutral value), so that
    /// a caller can validate the rest and list the rule errors beside these; <see langword="null"/> otherwise.
    /// Rule errors at or below the path of one of <see cref="Errors"/> are about the stand-in value, not
    /// the document: leave them out.
    /// </summary>
    public JourneyMap? PartialMap { get; private init; }

    /// <summary>One exception for several errors: the first's message and position, all of them in <see cref="Errors"/>.</summary>
    internal static JourneyFormatException Many(IReadOnlyList<JourneyFormatException> errors, JourneyMap? partialMap)
    {
        var first = errors[0];
        var many = new JourneyFormatException(first.Message, first.Path, first.LineNumber, first.BytePositionInLine) { PartialMap = partialMap };
        many._errors = [many, .. errors.Skip(1)];
        return many;
    }

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
