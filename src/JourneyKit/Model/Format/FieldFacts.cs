namespace JourneyKit.Model;

/// <summary>
/// What the format says about one property: its description (the text of the model's XML
/// documentation, kept equal by a test) and the constraints the JSON Schema publishes, the
/// validator checks and error messages quote.
/// </summary>
/// <param name="Description">The property's meaning, as in the XML docs of the model.</param>
internal sealed record FieldFacts(string Description)
{
    /// <summary>Whether the format requires the property.</summary>
    public bool Required { get; init; }

    /// <summary>
    /// The numbers allowed (for a list or a map of numbers: for each number in it); <see langword="null"/>
    /// for a property that is not a number or allows any finite number.
    /// </summary>
    public NumberRange? Range { get; init; }

    /// <summary>For a list of answer counts: the rating scale it counts, one number per rating.</summary>
    public RatingScale? Ratings { get; init; }

    /// <summary>The value used when the property is absent, as JSON text.</summary>
    public string? DefaultJson { get; init; }

    /// <summary>A regular expression a string must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>The smallest number allowed, inclusive (the schema's <c>minimum</c>).</summary>
    public double? Minimum => Range is { MinExclusive: false } range ? range.Min : null;

    /// <summary>A bound numbers must be greater than (the schema's <c>exclusiveMinimum</c>).</summary>
    public double? ExclusiveMinimum => Range is { MinExclusive: true } range ? range.Min : null;

    /// <summary>The largest number allowed, inclusive (the schema's <c>maximum</c>).</summary>
    public double? Maximum => Range?.Max;

    /// <summary>The exact number of items of a list: one per rating of <see cref="Ratings"/>.</summary>
    public int? Length => Ratings?.Count;
}
