namespace JourneyKit.Validation;

/// <summary>One problem found in a journey map.</summary>
/// <param name="Severity">Whether the problem makes the map invalid (<see cref="ValidationSeverity.Error"/>) or is only worth a look (<see cref="ValidationSeverity.Warning"/>).</param>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.stages[1].touchpoints[0].emotion</c>; <c>$</c> for the map itself.</param>
/// <param name="Message">One sentence that says what is wrong and what is allowed, e.g. "'emotion' must be between -3 and 3. You entered 9."</param>
/// <param name="Code">A stable machine-readable code, one of <see cref="ValidationCodes"/>.</param>
public sealed record ValidationIssue(ValidationSeverity Severity, string Path, string Message, string Code)
{
    /// <summary>Formats the issue as <c>path: message</c>.</summary>
    /// <returns>The path and the message.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
