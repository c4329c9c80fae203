using JourneyKit.Validation;

namespace JourneyKit.Cli;

/// <summary>The validator the commands share, and how its issues are written to standard error.</summary>
public static class MapValidation
{
    /// <summary>The validator, with the built-in KPI calculators and the default limits.</summary>
    public static IJourneyValidator Validator { get; } = new JourneyValidator();

    /// <summary>The validator that also knows the KPI calculator keys given with <c>--calculator</c> (the shared one when there are none).</summary>
    /// <param name="calculatorKeys">The extra keys.</param>
    /// <returns>The validator.</returns>
    public static IJourneyValidator With(IReadOnlyCollection<string> calculatorKeys)
    {
        ArgumentNullException.ThrowIfNull(calculatorKeys);
        if (calculatorKeys.Count == 0)
        {
            return Validator;
        }

        var options = new JourneyValidatorOptions();
        foreach (var key in calculatorKeys)
        {
            if (!options.KnownCalculatorKeys.Contains(key))
            {
                options.KnownCalculatorKeys.Add(key);
            }
        }

        return new JourneyValidator(options);
    }

    /// <summary>
    /// One line for an issue: <c>file: path: message</c> for an error,
    /// <c>warning: file: path: message</c> for a warning.
    /// </summary>
    /// <param name="file">The map file as the user named it.</param>
    /// <param name="issue">The issue.</param>
    /// <returns>The line, without a line break.</returns>
    public static string Line(string file, ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var line = $"{file}: {issue.Path}: {issue.Message}";
        return issue.Severity == ValidationSeverity.Warning ? "warning: " + line : line;
    }
}
