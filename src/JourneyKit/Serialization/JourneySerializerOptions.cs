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

    /// <summary>The default of <see cref="MaxPersonas"/>: 1,000.</summary>
    public const int DefaultMaxPersonas = 1_000;

    /// <summary>The default of <see cref="MaxStages"/>: 1,000.</summary>
    public const int DefaultMaxStages = 1_000;

    /// <summary>The default of <see cref="MaxTouchpoints"/>: 1,000,000.</summary>
    public const int DefaultMaxTouchpoints = 1_000_000;

    /// <summary>The default of <see cref="MaxMeasurements"/>: 1,000,000.</summary>
    public const int DefaultMaxMeasurements = 1_000_000;

    /// <summary>
    /// The most personas a map may have. Per-persona figures cost touchpoints × personas, so this and
    /// <see cref="MaxTouchpoints"/> bound what scoring a map read from an untrusted source can cost.
    /// </summary>
    /// <value>The default value is 1,000. It should be in range [1-2,147,483,591].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxPersonas
    {
        get;
        set => field = CheckRange(value, 1, Array.MaxLength, nameof(MaxPersonas));
    } = DefaultMaxPersonas;

    /// <summary>The most stages a map may have.</summary>
    /// <value>The default value is 1,000. It should be in range [1-2,147,483,591].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxStages
    {
        get;
        set => field = CheckRange(value, 1, Array.MaxLength, nameof(MaxStages));
    } = DefaultMaxStages;

    /// <summary>The most touchpoints a map may have, over all its stages.</summary>
    /// <value>The default value is 1,000,000. It should be in range [1-2,147,483,591].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxTouchpoints
    {
        get;
        set => field = CheckRange(value, 1, Array.MaxLength, nameof(MaxTouchpoints));
    } = DefaultMaxTouchpoints;

    /// <summary>The most KPI measurements a map may have, over all its KPIs.</summary>
    /// <value>The default value is 1,000,000. It should be in range [1-2,147,483,591].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxMeasurements
    {
        get;
        set => field = CheckRange(value, 1, Array.MaxLength, nameof(MaxMeasurements));
    } = DefaultMaxMeasurements;

    /// <summary>The default of <see cref="MaxErrors"/>: 100.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// How many values of the wrong type (and enum names, nulls, missing required properties) one read
    /// reports at once in <see cref="JourneyFormatException.Errors"/>; past it the reader stops looking
    /// and a last entry says so.
    /// </summary>
    /// <value>The default value is 100. It should be in range [1-10000].</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is outside that range.</exception>
    public int MaxErrors
    {
        get;
        set => field = CheckRange(value, 1, 10_000, nameof(MaxErrors));
    } = DefaultMaxErrors;

    private static int CheckRange(int value, int min, int max, string name) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"Value should be in range [{min}-{max}].")
            : value;
}
