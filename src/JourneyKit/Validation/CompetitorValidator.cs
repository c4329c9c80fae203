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
        var scoreRange = FormatFacts.RangeOf(typeof(Competitor), "stageScores");
        RuleFor(c => c.StageScores).Custom((scores, context) =>
        {
            foreach (var (stageId, score) in scores)
            {
                if (!Checks.Resolves(stageId, ReferenceKind.Stage, context))
                {
                    Checks.ReportDangling(context, JsonPath.Member(context.PropertyPath, stageId), $"The key {Describe.Quote(stageId)} of 'stageScores'", ReferenceKind.Stage);
                }

                if (!Checks.IsAllowed(score, scoreRange))
                {
                    Checks.CheckNumber(score, scoreRange, context, $"stageScores[{Describe.Quote(stageId)}]", JsonPath.Member(context.PropertyPath, stageId));
                }
            }
        });
        RuleForUnknownProperties(c => c.ExtensionData, "a competitor");
    }
}
