using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// Validates journey maps against the rules of the JSON format v1 with nested FluentValidation
/// validators, reporting every error and warning with the JSON path of the offending value.
/// docs/validation.md lists the rules.
/// </summary>
/// <example>
/// <code>
/// var report = new JourneyValidator().Validate(map);
/// foreach (var issue in report.Errors)
/// {
///     Console.Error.WriteLine($"{issue.Path}: {issue.Message}");
/// }
/// </code>
/// </example>
/// <threadsafety>Instances are stateless once built and safe to use from several threads at once; build one and reuse it.</threadsafety>
public sealed class JourneyValidator : IJourneyValidator
{
    private readonly JourneyMapValidator _rules;

    /// <summary>Creates a validator with the default options: the built-in KPI calculators and the default length limits.</summary>
    public JourneyValidator()
        : this(new JourneyValidatorOptions())
    {
    }

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The options; copied, so later changes do not affect this validator.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> or its <see cref="JourneyValidatorOptions.KnownCalculatorKeys"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a length limit is less than 1.</exception>
    /// <exception cref="ArgumentException">Thrown when a calculator key is empty or white space.</exception>
    public JourneyValidator(JourneyValidatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rules = new JourneyMapValidator(new ValidationSettings(options));
    }

    /// <inheritdoc />
    public ValidationReport Validate(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var context = new ValidationContext<JourneyMap>(map);
        MapIndex.Build(map).AttachTo(context);
        var result = _rules.Validate(context);
        return new ValidationReport(result.Errors.Select(static failure => new ValidationIssue(
            failure.Severity == Severity.Error ? ValidationSeverity.Error : ValidationSeverity.Warning,
            JsonPath.FromChain(failure.PropertyName),
            failure.ErrorMessage,
            failure.ErrorCode)));
    }
}
