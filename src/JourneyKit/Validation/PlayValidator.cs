using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a play (<c>$.playbooks[i].plays[j]</c>).</summary>
internal sealed class PlayValidator : JourneyValidatorBase<Play>
{
    public PlayValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(p => p.Id).Id(settings);
        RuleFor(p => p.When).Custom((when, context) =>
        {
            if (when is null)
            {
                context.Report(ValidationCodes.Required, "'when' is required: give the condition under which the play fires, e.g. { \"metric\": \"nps\", \"targetId\": \"delivery\", \"op\": \"lt\", \"value\": 0 }.");
            }
        });
        RuleFor(p => p.When).SetValidator(new PlayConditionValidator(settings));
        RuleFor(p => p.Action).RequiredText(settings.MaxTextLength);
        RuleFor(p => p.Owner).OptionalText(settings.MaxNameLength);
        RuleForUnknownProperties(p => p.ExtensionData, "a play");
    }
}
