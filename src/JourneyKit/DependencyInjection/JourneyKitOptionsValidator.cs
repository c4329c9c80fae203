using Microsoft.Extensions.Options;

namespace JourneyKit.DependencyInjection;

/// <summary>Validates <see cref="JourneyKitOptions"/>, listing every problem at once.</summary>
internal sealed class JourneyKitOptionsValidator : IValidateOptions<JourneyKitOptions>
{
    public ValidateOptionsResult Validate(string? name, JourneyKitOptions options)
    {
        if (options.Scoring is null)
        {
            return ValidateOptionsResult.Fail("'Scoring' must not be null.");
        }

        var problems = options.Scoring.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
