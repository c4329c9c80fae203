using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a persona (<c>$.personas[i]</c>).</summary>
internal sealed class PersonaValidator : JourneyValidatorBase<Persona>
{
    public PersonaValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(p => p.Id).Id(settings);
        RuleFor(p => p.Name).RequiredText(settings.MaxNameLength);
        RuleFor(p => p.Segment).OptionalText(settings.MaxNameLength);
        RuleFor(p => p.Weight).Number(FormatFacts.RangeOf(typeof(Persona), "weight"));
        RuleFor(p => p.Description).OptionalText(settings.MaxTextLength);
        RuleForEach(p => p.Goals).TextItem(settings.MaxTextLength);
        RuleForEach(p => p.Behaviors).TextItem(settings.MaxTextLength);
        RuleForEach(p => p.Values).TextItem(settings.MaxTextLength);
        RuleForUnknownProperties(p => p.ExtensionData, "a persona");
    }
}
