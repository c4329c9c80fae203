using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a stage (<c>$.stages[i]</c>) and, nested, of its touchpoints.</summary>
internal sealed class StageValidator : JourneyValidatorBase<Stage>
{
    public StageValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(s => s.Id).Id(settings);
        RuleFor(s => s.Name).RequiredText(settings.MaxNameLength);
        RuleFor(s => s.DesiredOutcome).OptionalText(settings.MaxTextLength);
        RuleFor(s => s.Touchpoints).Custom((touchpoints, context) =>
        {
            if (touchpoints.Count == 0)
            {
                var stage = context.InstanceToValidate;
                context.ReportAt(
                    context.PropertyChain.ToString(),
                    ValidationCodes.EmptyStage,
                    $"Stage {Describe.Quote(stage.Id ?? "")} has no touchpoints, so it gets no score and no value stream; add the contacts customers have in it.",
                    Severity.Warning);
            }
        });
        RuleForEach(s => s.Touchpoints).NotNullItem("a touchpoint");
        RuleForEach(s => s.Touchpoints).SetValidator(new TouchpointValidator(settings));
        RuleForUnknownProperties(s => s.ExtensionData, "a stage");
    }
}
