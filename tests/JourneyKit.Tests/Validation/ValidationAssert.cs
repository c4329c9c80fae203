using JourneyKit.Model;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

/// <summary>Assertions over validation reports.</summary>
internal static class ValidationAssert
{
    private static readonly JourneyValidator Validator = new();

    /// <summary>Asserts that the map has exactly one error, with this path, code and message, and returns the report.</summary>
    public static ValidationReport SingleError(JourneyMap map, string path, string code, string message, JourneyValidator? validator = null)
    {
        var report = (validator ?? Validator).Validate(map);
        var error = Assert.Single(report.Errors);
        Assert.Equal(new ValidationIssue(ValidationSeverity.Error, path, message, code), error);
        Assert.False(report.IsValid);
        return report;
    }

    /// <summary>Asserts that the map has no error and exactly one warning, with this path, code and message.</summary>
    public static void SingleWarning(JourneyMap map, string path, string code, string message)
    {
        var report = Validator.Validate(map);
        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(new ValidationIssue(ValidationSeverity.Warning, path, message, code), warning);
        Assert.True(report.IsValid);
    }

    /// <summary>Asserts that the map has neither errors nor warnings.</summary>
    public static void Clean(JourneyMap map, JourneyValidator? validator = null)
    {
        var report = (validator ?? Validator).Validate(map);
        Assert.Empty(report.Issues);
        Assert.True(report.IsValid);
    }
}
