using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// Checks a journey map against the rules of the JSON format v1: required fields, ranges,
/// unique ids, references that resolve, known KPI calculators; and warns about what is valid
/// but suspicious (unknown properties, unreached personas, empty stages …).
/// </summary>
/// <remarks>Implementations are stateless and safe to use from several threads at once.</remarks>
public interface IJourneyValidator
{
    /// <summary>Validates a map.</summary>
    /// <param name="map">The map.</param>
    /// <returns>Every error and warning, each with the JSON path of the offending value.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    ValidationReport Validate(JourneyMap map);
}
