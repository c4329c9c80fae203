namespace JourneyKit.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
public enum ValidationSeverity
{
    /// <summary>The map breaks the format: tools must refuse it.</summary>
    Error,

    /// <summary>The map is valid but probably not what its author meant: tools carry on and say so.</summary>
    Warning,
}
