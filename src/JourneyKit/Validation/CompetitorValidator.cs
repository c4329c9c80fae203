using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a competitor (<c>$.competitors[i]</c>): its stage scores name stages of the map and lie in 0..100.</summary>
internal sealed class CompetitorValidator : JourneyValidatorBase<Competitor>
{
    public CompetitorValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(c => c.Id).Id(settings);
        RuleFor(c => c.Name).RequiredText(settings.MaxNameLength);
        RuleFor(c => c.StageScores).Custom((scores, context) =>
        {
            foreach (var (stageId, score) in scores)
            {
                var path = JsonPath.Member(context.PropertyPath, stageId);
                Checks.CheckReference(stageId, ReferenceKind.Stage, $"The key {Describe.Quote(stageId)} of 'stageScores'", context, path);
                Checks.CheckNumber(score, NumberRange.Percent, $"stageScores[{Describe.Quote(stageId)}]", context, path);
            }
        });
        RuleForUnknownProperties(c => c.ExtensionData, "a competitor");
    }
}
