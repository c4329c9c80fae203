using System.Globalization;

namespace JourneyKit.Validation;

/// <summary>
/// Thrown by the scorer (and so by the renderer and the comparer, which score through it) when it is
/// given a map that does not validate, instead of computing figures outside their ranges (an emotion of
/// 9 would score 200 on the 0–100 scale). <see cref="Report"/> holds every error and warning; the
/// message is one sentence naming how many errors there are and the first, e.g.
/// <c>The map 'shop' is invalid (1 error), so it is not scored: $.stages[0].touchpoints[0].emotion: 'emotion' must be between -3 and 3. You entered 9.</c>
/// </summary>
/// <remarks>
/// It derives from <see cref="InvalidOperationException"/>, the exception the scorer and the comparer
/// document for a map a valid map cannot be, so code that catches that keeps working. Skip the check
/// for maps already validated with <c>ScoringOptions.ValidateMap = false</c>.
/// </remarks>
public sealed class InvalidJourneyMapException : InvalidOperationException
{
    /// <summary>Creates the exception from a report with at least one error.</summary>
    /// <param name="mapId">The map's id, to name it in the message; <see langword="null"/> when it has none.</param>
    /// <param name="report">The validation report.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the report has no error.</exception>
    public InvalidJourneyMapException(string? mapId, ValidationReport report)
        : base(MessageOf(mapId, report))
    {
        Report = report;
    }

    /// <summary>Every error (and warning) the validator found, each with its JSON path.</summary>
    public ValidationReport Report { get; }

    private static string MessageOf(string? mapId, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsValid)
        {
            throw new ArgumentException("The report has no error; a valid map is not an invalid one.", nameof(report));
        }

        var count = report.Errors.Count;
        var name = string.IsNullOrEmpty(mapId) ? "The map" : $"The map '{mapId}'";
        var errors = count == 1 ? "1 error" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} errors, the first");
        return $"{name} is invalid ({errors}), so it is not scored: {report.Errors[0]}";
    }
}
