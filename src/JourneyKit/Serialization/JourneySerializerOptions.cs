using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// The limits a <see cref="JourneySerializer"/> reads within. They protect a service that reads maps
/// from untrusted sources from documents built to exhaust memory or the stack; the defaults are far
/// above what a real journey map needs.
/// </summary>
/// <remarks>
/// A <see cref="JourneySerializer"/> copies the values when it is created: changing the options later
/// does not affect it. A document over a limit is refused with a <see cref="JourneyFormatException"/>
/// that names the limit.
/// </remarks>
public sealed class JourneySerializerOptions
{
    /// <summary>The default of <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxDepth"/>: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default of <see cref="MaxStringLength"/>: 1 MiB.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>The largest <see cref="MaxDepth"/> allowed: 1,000, so that no document can exhaust the stack.</summary>
    public const int MaxAllowedDepth = 1000;

    /// <summary>The largest document, in bytes of UTF-8, that is read.</summary>
    /// <value>The default value is 16,777,216 (16 MiB). It should be in range [1-2,147,483,591] (the largest array .NET allocates).</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxDocumentBytes
    {
        get;
        set => field = CheckRange(value, 1, Array.MaxLength, nameof(MaxDocumentBytes));
    } = DefaultMaxDocumentBytes;

    /// <summary>
    /// How deeply objects and arrays may nest; the map object itself is level 1. A map of the format
    /// needs 7 levels (map, stages, stage, touchpoints, touchpoint, responses, counts); the rest is
    /// headroom for unknown properties.
    /// </summary>
    /// <value>The default value is 64. It should be in range [1-1000].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxDepth
    {
        get;
        set => field = CheckRange(value, 1, MaxAllowedDepth, nameof(MaxDepth));
    } = DefaultMaxDepth;

    /// <summary>
    /// The longest string or property name, counted in bytes of the document as written (escapes
    /// such as <c>\n</c> count as written).
    /// </summary>
    /// <value>The default value is 1,048,576 (1 MiB). It should be in range [1-2,147,483,591].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxStringLength
    {
        get;
        set => field = CheckRange(value, 1, Array.MaxLength, nameof(MaxStringLength));
    } = DefaultMaxStringLength;

    private static int CheckRange(int value, int min, int max, string name) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"Value should be in range [{min}-{max}].")
            : value;
}
