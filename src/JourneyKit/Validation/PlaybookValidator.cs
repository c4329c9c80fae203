using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a playbook (<c>$.playbooks[i]</c>) and, nested, of its plays, whose ids are unique within it.</summary>
internal sealed class PlaybookValidator : JourneyValidatorBase<Playbook>
{
    public PlaybookValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(p => p.Id).Id(settings);
        RuleFor(p => p.Name).RequiredText(settings.MaxNameLength);
        RuleForEach(p => p.Plays).NotNullItem("a play");
        RuleForEach(p => p.Plays).SetValidator(new PlayValidator(settings));
        RuleFor(p => p.Plays).Custom((plays, context) =>
            UniqueIds.Check(UniqueIds.Of(plays, context.PropertyPath, p => p.Id), context, "play ids must be unique within their playbook"));
        RuleForUnknownProperties(p => p.ExtensionData, "a playbook");
    }
}
