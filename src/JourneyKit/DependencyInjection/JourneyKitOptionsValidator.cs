using Microsoft.Extensions.Options;

namespace JourneyKit.DependencyInjection;

/// <summary>Validates <see cref="JourneyKitOptions"/>, listing every problem at once.</summary>
internal sealed class JourneyKitOptionsValidator : IValidateOptions<JourneyKitOptions>
{
    public ValidateOptionsResult Validate(string? name, JourneyKitOptions options)
    {
        var problems = new List<string>();
        if (options.Scoring is null)
        {
            problems.Add("'Scoring' must not be null.");
        }
        else
        {
            problems.AddRange(options.Scoring.Validate());
        }

        if (options.Serializer is null)
        {
            problems.Add("'Serializer' must not be null.");
        }

        if (options.Validation is null)
        {
            problems.Add("'Validation' must not be null.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
