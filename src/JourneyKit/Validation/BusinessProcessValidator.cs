using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a business process (<c>$.processes[i]</c>).</summary>
internal sealed class BusinessProcessValidator : JourneyValidatorBase<BusinessProcess>
{
    public BusinessProcessValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(p => p.Id).Id(settings);
        RuleFor(p => p.Name).RequiredText(settings.MaxNameLength);
        RuleFor(p => p.Department).OptionalText(settings.MaxNameLength);
        RuleForUnknownProperties(p => p.ExtensionData, "a process");
    }
}
