namespace JourneyKit.Serialization;

/// <summary>
/// What the format says about one property: its description (the text of the model's XML
/// documentation, kept equal by a test) and the constraints the JSON Schema publishes and error
/// messages quote.
/// </summary>
/// <param name="Description">The property's meaning, as in the XML docs of the model.</param>
internal sealed record FieldFacts(string Description)
{
    /// <summary>Whether the format requires the property.</summary>
    public bool Required { get; init; }

    /// <summary>The smallest number allowed (for a list or a map of numbers: for each number in it).</summary>
    public double? Minimum { get; init; }

    /// <summary>The largest number allowed (for a list or a map of numbers: for each number in it).</summary>
    public double? Maximum { get; init; }

    /// <summary>A bound numbers must be greater than.</summary>
    public double? ExclusiveMinimum { get; init; }

    /// <summary>The exact number of items of a list.</summary>
    public int? Length { get; init; }

    /// <summary>The value used when the property is absent, as JSON text.</summary>
    public string? DefaultJson { get; init; }

    /// <summary>A regular expression a string must match.</summary>
    public string? Pattern { get; init; }
}
