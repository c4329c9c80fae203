namespace JourneyKit.Validation;

/// <summary>The outcome of validating a journey map: every error and every warning found.</summary>
/// <remarks>Errors come first, then warnings; within each, issues are in the order the validator met them, which follows the document.</remarks>
public sealed class ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="issues">The issues found.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="issues"/> is <see langword="null"/>.</exception>
    public ValidationReport(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var all = issues.ToArray();
        Errors = Array.FindAll(all, static i => i.Severity == ValidationSeverity.Error);
        Warnings = Array.FindAll(all, static i => i.Severity == ValidationSeverity.Warning);
        Issues = [.. Errors, .. Warnings];
    }

    /// <summary>Every issue: the errors, then the warnings.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>The issues that make the map invalid.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>The issues worth a look that do not make the map invalid.</summary>
    public IReadOnlyList<ValidationIssue> Warnings { get; }

    /// <summary>Whether the map has no errors (it may have warnings).</summary>
    public bool IsValid => Errors.Count == 0;
}
