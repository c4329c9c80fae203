using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// Reads and writes journey maps in the JSON format v1 (see <c>docs/format.md</c>) and exports its
/// JSON Schema.
/// </summary>
/// <remarks>
/// <para>
/// Reading accepts comments, trailing commas and a UTF-8 byte order mark. Everything else that is
/// not a map of the format is refused with one <see cref="JourneyFormatException"/> whose message
/// names the JSON path, the line and byte, what was found and what is allowed: malformed JSON, text
/// that is not UTF-8, a top-level value that is not an object, a missing <c>schemaVersion</c> or one
/// other than 1.x, a property repeated within an object, a value of the wrong type, an enum name
/// other than the exact camelCase one, a number beyond the range of a double, a <c>null</c> inside a
/// list, a missing <c>at</c>/<c>value</c> of a measurement or <c>metric</c>/<c>op</c>/<c>value</c> of a
/// play's condition, and a document over the limits of <see cref="JourneySerializerOptions"/>.
/// A missing id or name is not a read error: validation reports it with its path.
/// </para>
/// <para>
/// Properties the format does not define are kept, at every level, in the model's
/// <c>ExtensionData</c> and written back, so reading and writing a map loses nothing.
/// </para>
/// <para>
/// Writing produces the canonical form: two-space indentation, properties in the order of the
/// format followed by unknown ones, absent values and empty optional lists left out, numbers in
/// their shortest round-trip form, non-ASCII text unescaped, LF line endings and a final newline.
/// Writing, reading and writing again gives the same bytes.
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and safe to use from several threads at once.</threadsafety>
public sealed class JourneySerializer : IJourneySerializer
{
    internal static readonly JsonSerializerOptions DefaultSerializerOptions = CreateSerializerOptions(JourneySerializerOptions.DefaultMaxDepth);

    private readonly JourneySerializerOptions _limits;
    private readonly JsonSerializerOptions _options;

    /// <summary>Creates a serializer.</summary>
    /// <param name="options">The limits to read within; <see langword="null"/> for the defaults.</param>
    public JourneySerializer(JourneySerializerOptions? options = null)
    {
        // Copy, so that changing the options object later does not change this serializer.
        _limits = new JourneySerializerOptions
        {
            MaxDocumentBytes = options?.MaxDocumentBytes ?? JourneySerializerOptions.DefaultMaxDocumentBytes,
            MaxDepth = options?.MaxDepth ?? JourneySerializerOptions.DefaultMaxDepth,
            MaxStringLength = options?.MaxStringLength ?? JourneySerializerOptions.DefaultMaxStringLength,
            MaxErrors = options?.MaxErrors ?? JourneySerializerOptions.DefaultMaxErrors,
            MaxPersonas = options?.MaxPersonas ?? JourneySerializerOptions.DefaultMaxPersonas,
            MaxStages = options?.MaxStages ?? JourneySerializerOptions.DefaultMaxStages,
            MaxTouchpoints = options?.MaxTouchpoints ?? JourneySerializerOptions.DefaultMaxTouchpoints,
            MaxMeasurements = options?.MaxMeasurements ?? JourneySerializerOptions.DefaultMaxMeasurements,
        };
        _options = _limits.MaxDepth == JourneySerializerOptions.DefaultMaxDepth
            ? DefaultSerializerOptions
            : CreateSerializerOptions(_limits.MaxDepth);
    }

    /// <summary>The limits this serializer reads within.</summary>
    public int MaxDocumentBytes => _limits.MaxDocumentBytes;

    /// <summary>How deeply objects and arrays may nest in documents this serializer reads.</summary>
    public int MaxDepth => _limits.MaxDepth;

    /// <summary>The longest string, in bytes as written, that this serializer reads.</summary>
    public int MaxStringLength => _limits.MaxStringLength;

    /// <summary>The System.Text.Json settings of the format, for the schema exporter.</summary>
    internal JsonSerializerOptions SerializerOptions => _options;

    private JsonTypeInfo<JourneyMap> MapTypeInfo => (JsonTypeInfo<JourneyMap>)_options.GetTypeInfo(typeof(JourneyMap));

    // The writer's settings: the format's, and -0 written as 0. Kept apart from _options because the
    // schema exporter reads _options, and a converter on double would hide the numbers' type from it.
    private JsonTypeInfo<JourneyMap> WriteTypeInfo => field ??= (JsonTypeInfo<JourneyMap>)WithUnsignedZero(_options).GetTypeInfo(typeof(JourneyMap));

    /// <inheritdoc/>
    public JourneyMap Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // Each char is at least one byte of UTF-8: a string longer than the limit is over it.
        if (json.Length > _limits.MaxDocumentBytes)
        {
            throw TooLarge(json.Length, exact: false);
        }

        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <inheritdoc/>
    public JourneyMap Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > _limits.MaxDocumentBytes)
        {
            throw TooLarge(utf8Json.Length, exact: true);
        }

        var document = new DocumentText(utf8Json);
        DocumentScanner.Scan(document, _limits);
        CheckTypes(document);

        JourneyMap map;
        try
        {
            map = JsonSerializer.Deserialize(document.Json, MapTypeInfo)
                ?? throw JourneyFormatException.Create("expected a journey map, a JSON object, found null.", JsonPath.Root);
        }
        catch (JsonException e)
        {
            throw ConversionErrors.Translate(e, document, _options, _limits.MaxDepth);
        }

        if (NullItems.Find(map, _options) is { } nullPath)
        {
            var found = ConversionErrors.Locate(document, nullPath, _limits.MaxDepth);
            var (line, b) = found is null ? (default(long?), default(long?)) : document.PositionOf(found.Start);
            var target = ModelPath.Resolve(_options, nullPath);
            var expected = target is null ? "a value" : Expectations.Of(_options, target);
            throw JourneyFormatException.Create($"expected {expected}, found null; a list of the format may not hold null.", JsonPath.Format(nullPath), line, b);
        }

        CheckCounts(map);
        return map;
    }

    private void CheckCounts(JourneyMap map)
    {
        Check(map.Personas.Count, _limits.MaxPersonas, "$.personas", "personas", nameof(JourneySerializerOptions.MaxPersonas));
        Check(map.Stages.Count, _limits.MaxStages, "$.stages", "stages", nameof(JourneySerializerOptions.MaxStages));
        Check(map.Stages.Sum(static s => (long)s.Touchpoints.Count), _limits.MaxTouchpoints, "$.stages", "touchpoints over all its stages", nameof(JourneySerializerOptions.MaxTouchpoints));
        Check(map.Kpis.Sum(static k => (long)k.Measurements.Count), _limits.MaxMeasurements, "$.kpis", "KPI measurements over all its KPIs", nameof(JourneySerializerOptions.MaxMeasurements));

        static void Check(long count, int max, string path, string what, string option)
        {
            if (count > max)
            {
                throw JourneyFormatException.Create(
                    string.Create(CultureInfo.InvariantCulture, $"the map has {count:N0} {what}, more than the {max:N0} this reader accepts (raise JourneySerializerOptions.{option} to accept more)."),
                    path);
            }
        }
    }

    /// <summary>The number of errors one read reports at once (<see cref="JourneyFormatException.Errors"/>).</summary>
    public int MaxErrors => _limits.MaxErrors;

    /// <inheritdoc/>
    public JourneyMap Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBufferWriter(64 * 1024);
        while (true)
        {
            var span = buffer.GetSpan(64 * 1024);
            var read = utf8Json.Read(span);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            CheckStreamLength(buffer.WrittenCount);
        }

        return Read(buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public async Task<JourneyMap> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new PooledBufferWriter(64 * 1024);
        while (true)
        {
            var memory = buffer.GetMemory(64 * 1024);
            var read = await utf8Json.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            CheckStreamLength(buffer.WrittenCount);
        }

        return Read(buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public JourneyMap ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

        // A pipe or a device (/dev/stdin, a FIFO) cannot tell its length: Read(Stream) holds it to the limit as it reads.
        if (stream.CanSeek && stream.Length > _limits.MaxDocumentBytes)
        {
            throw TooLarge(stream.Length, exact: true);
        }

        return Read(stream);
    }

    /// <inheritdoc/>
    public string Write(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var buffer = new PooledBufferWriter();
        WriteTo(map, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public void Write(JourneyMap map, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(WriteUtf8(map));
    }

    /// <inheritdoc/>
    public Task WriteAsync(JourneyMap map, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return utf8Json.WriteAsync(WriteUtf8(map), cancellationToken).AsTask();
    }

    /// <inheritdoc/>
    public void WriteFile(JourneyMap map, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = WriteUtf8(map);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The destination was not touched; the original error is the one to report.
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public string ExportSchema() => JourneySchema.Export();

    /// <summary>Writes a map as canonical UTF-8 JSON bytes, ending with a newline.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map holds a number JSON cannot represent (NaN or infinity), an enum value without a name, or unknown properties nested deeper than the limit.</exception>
    public byte[] WriteUtf8(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var buffer = new PooledBufferWriter();
        WriteTo(map, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private void WriteTo(JourneyMap map, PooledBufferWriter buffer)
    {
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Indented = true,
                IndentSize = 2,
                NewLine = "\n",
                Encoder = _options.Encoder,
                MaxDepth = _options.MaxDepth,
            }))
            {
                JsonSerializer.Serialize(writer, map, WriteTypeInfo);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException($"The map cannot be written as JSON: {e.Message}", nameof(map), e);
        }

        buffer.Write("\n"u8);
    }

    /// <summary>A copy of <paramref name="options"/> that writes negative zero as <c>0</c>.</summary>
    internal static JsonSerializerOptions WithUnsignedZero(JsonSerializerOptions options)
    {
        var copy = new JsonSerializerOptions(options);
        copy.Converters.Add(new UnsignedZeroConverter());
        copy.MakeReadOnly();
        return copy;
    }

    private static JsonSerializerOptions CreateSerializerOptions(int maxDepth)
    {
        var options = new JsonSerializerOptions(JourneyJsonContext.Default.Options)
        {
            TypeInfoResolver = JourneyJsonContext.Default.WithAddedModifier(ApplyFormatRules),

            // The scanner has already held the document to maxDepth; the serializer needs headroom of one.
            MaxDepth = maxDepth + 1,

            // Keep names in any script readable ("Größe", not "Gr\u00F6\u00DFe"): the output is a JSON
            // file, never embedded in HTML, where this encoder would be unsafe.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
        };
        options.MakeReadOnly();
        return options;
    }

    private static void ApplyFormatRules(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            // Missing names and ids are validation errors with a path, not read failures; value-typed
            // required properties (a measurement's at and value, a condition's metric, op and value)
            // stay required because without them there is nothing to read.
            if (!property.PropertyType.IsValueType)
            {
                property.IsRequired = false;
            }

            // An empty list or map means the same as an absent one: leave it out, except the
            // required stages.
            var isCollection = property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType);
            if (isCollection && !property.IsGetNullable && !property.IsExtensionData
                && !(typeInfo.Type == typeof(JourneyMap) && property.Name == "stages"))
            {
                property.ShouldSerialize = static (_, value) => !IsEmpty(value);
            }
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        ICollection collection => collection.Count == 0,
        IEnumerable enumerable => !enumerable.GetEnumerator().MoveNext(),
        _ => false,
    };

    /// <summary>Throws one exception listing every value of the wrong type, with a partial map to validate.</summary>
    private void CheckTypes(DocumentText document)
    {
        var problems = TypeCheck.Run(document.Json, _options, _limits.MaxDepth, _limits.MaxErrors);
        if (problems.Count == 0)
        {
            return;
        }

        var over = problems.Count > _limits.MaxErrors;
        var errors = new List<JourneyFormatException>();
        foreach (var problem in problems.Take(_limits.MaxErrors))
        {
            var (line, b) = document.PositionOf(problem.Start);
            errors.Add(JourneyFormatException.Create(problem.Sentence, JsonPath.Format(problem.Path), line, b));
        }

        if (over)
        {
            errors.Add(JourneyFormatException.Create(string.Create(CultureInfo.InvariantCulture,
                $"the document has more than {_limits.MaxErrors:N0} values of the wrong type; the first {_limits.MaxErrors:N0} are listed (raise JourneySerializerOptions.MaxErrors to see more).")));
        }

        var partial = over ? null : TypeCheck.Repair(document.Json, problems, MapTypeInfo, _limits.MaxDepth);
        throw JourneyFormatException.Many(errors, partial);
    }

    private void CheckStreamLength(long length)
    {
        if (length > _limits.MaxDocumentBytes)
        {
            throw TooLarge(length, exact: false);
        }
    }

    private JourneyFormatException TooLarge(long length, bool exact) =>
        JourneyFormatException.Create(exact
            ? string.Create(CultureInfo.InvariantCulture, $"the document is {length:N0} bytes, more than the {_limits.MaxDocumentBytes:N0} bytes this reader accepts (raise JourneySerializerOptions.MaxDocumentBytes to accept more).")
            : string.Create(CultureInfo.InvariantCulture, $"the document is more than the {_limits.MaxDocumentBytes:N0} bytes this reader accepts (raise JourneySerializerOptions.MaxDocumentBytes to accept more)."));
}
