using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// Reads and writes journey maps in the JSON format v1 and exports the format's JSON Schema.
/// </summary>
/// <remarks>
/// Reading is lenient where a person editing a file by hand benefits (comments, trailing commas, a
/// UTF-8 byte order mark) and strict everywhere else: every syntax error, wrong type, repeated
/// property, number out of range, unsupported <c>schemaVersion</c> or document over the configured
/// limits is one <see cref="JourneyFormatException"/> whose message says where (JSON path, line,
/// byte), what was found and what is allowed. Properties the format does not define are kept and
/// written back. Reading does not validate references or ranges: that is the validator's job.
/// Writing produces the canonical form: indented by two spaces, properties in the order of the
/// format, absent values and empty optional lists left out, LF line endings and a final newline.
/// </remarks>
/// <threadsafety>Implementations are stateless and safe to use from several threads at once.</threadsafety>
public interface IJourneySerializer
{
    /// <summary>Reads a map from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a readable map.</exception>
    JourneyMap Read(string json);

    /// <summary>Reads a map from UTF-8 JSON, with or without a byte order mark.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The map.</returns>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a readable map.</exception>
    JourneyMap Read(ReadOnlySpan<byte> utf8Json);

    /// <summary>Reads a map from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a readable map.</exception>
    /// <exception cref="IOException">Thrown when the stream cannot be read.</exception>
    JourneyMap Read(Stream utf8Json);

    /// <summary>Reads a map from a stream of UTF-8 JSON, to its end, without blocking.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the document is not a readable map.</exception>
    /// <exception cref="IOException">Thrown when the stream cannot be read.</exception>
    Task<JourneyMap> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default);

    /// <summary>Reads a map from a UTF-8 JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="JourneyFormatException">Thrown when the file is not a readable map or is larger than the limit.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be read.</exception>
    JourneyMap ReadFile(string path);

    /// <summary>Writes a map as canonical JSON text.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The document, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map holds a number JSON cannot represent (NaN or infinity).</exception>
    string Write(JourneyMap map);

    /// <summary>Writes a map as canonical UTF-8 JSON (no byte order mark) to a stream.</summary>
    /// <param name="map">The map.</param>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map holds a number JSON cannot represent (NaN or infinity).</exception>
    void Write(JourneyMap map, Stream utf8Json);

    /// <summary>Writes a map as canonical UTF-8 JSON (no byte order mark) to a stream without blocking.</summary>
    /// <param name="map">The map.</param>
    /// <param name="utf8Json">The stream; it is written, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map holds a number JSON cannot represent (NaN or infinity).</exception>
    Task WriteAsync(JourneyMap map, Stream utf8Json, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a map as canonical UTF-8 JSON to a file, whole or not at all: the text goes to a
    /// temporary file beside it that is then moved into place.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <param name="path">The file; it is replaced if it exists.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map holds a number JSON cannot represent (NaN or infinity).</exception>
    /// <exception cref="IOException">Thrown when the file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be written.</exception>
    void WriteFile(JourneyMap map, string path);

    /// <summary>Exports the JSON Schema (draft 2020-12) of the format, as in <c>docs/journeykit.schema.json</c>.</summary>
    /// <returns>The schema as indented JSON text ending with a newline.</returns>
    string ExportSchema();
}
