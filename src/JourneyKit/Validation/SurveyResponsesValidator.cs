using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a touchpoint's survey counts (<c>$.stages[i].touchpoints[j].responses</c>).</summary>
internal sealed class SurveyResponsesValidator : JourneyValidatorBase<SurveyResponses>
{
    public SurveyResponsesValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(r => r.Nps).Counts(FormatFacts.RatingsOf(typeof(SurveyResponses), "nps"));
        RuleFor(r => r.Csat).Counts(FormatFacts.RatingsOf(typeof(SurveyResponses), "csat"));
        RuleFor(r => r.Ces).Counts(FormatFacts.RatingsOf(typeof(SurveyResponses), "ces"));
        RuleForUnknownProperties(r => r.ExtensionData, "a touchpoint's responses");
    }
}
