using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a touchpoint's survey counts (<c>$.stages[i].touchpoints[j].responses</c>).</summary>
internal sealed class SurveyResponsesValidator : JourneyValidatorBase<SurveyResponses>
{
    public SurveyResponsesValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(r => r.Nps).Counts(11, "0..10");
        RuleFor(r => r.Csat).Counts(5, "1..5");
        RuleFor(r => r.Ces).Counts(7, "1..7");
        RuleForUnknownProperties(r => r.ExtensionData, "a touchpoint's responses");
    }
}
