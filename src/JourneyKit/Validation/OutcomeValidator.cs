using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of an outcome (<c>$.outcomes[i]</c>).</summary>
/// <remarks>
/// Importance and satisfaction are each given either as a number (0..10) or as counts of 1..5
/// ratings: one of the two is required, and both at once is an error reported at the counts
/// (the reader could not tell which one the author meant).
/// </remarks>
internal sealed class OutcomeValidator : JourneyValidatorBase<Outcome>
{
    public OutcomeValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(o => o.Id).Id(settings);
        RuleFor(o => o.Statement).RequiredText(settings.MaxNameLength);
        RuleFor(o => o.StageId).Reference(ReferenceKind.Stage);
        RuleFor(o => o.PersonaId).Reference(ReferenceKind.Persona);
        RuleFor(o => o.Importance).Number(NumberRange.OutcomeScale).Custom((importance, context) =>
            RequireOne(importance, context.InstanceToValidate.ImportanceResponses, "importance", context));
        RuleFor(o => o.ImportanceResponses).Counts(5, "1..5").Custom((responses, context) =>
            RejectBoth(context.InstanceToValidate.Importance, responses, "importance", context));
        RuleFor(o => o.Satisfaction).Number(NumberRange.OutcomeScale).Custom((satisfaction, context) =>
            RequireOne(satisfaction, context.InstanceToValidate.SatisfactionResponses, "satisfaction", context));
        RuleFor(o => o.SatisfactionResponses).Counts(5, "1..5").Custom((responses, context) =>
            RejectBoth(context.InstanceToValidate.Satisfaction, responses, "satisfaction", context));
        RuleForEach(o => o.ProcessIds).ReferenceItem(ReferenceKind.Process);
        RuleForUnknownProperties(o => o.ExtensionData, "an outcome");
    }

    private static void RequireOne(double? number, IReadOnlyList<long>? responses, string name, ValidationContext<Outcome> context)
    {
        if (number is null && responses is null)
        {
            context.Report(ValidationCodes.Required, $"'{name}' is required: give a number from 0 to 10, or the counts of 1..5 ratings in '{name}Responses'.");
        }
    }

    private static void RejectBoth(double? number, IReadOnlyList<long>? responses, string name, ValidationContext<Outcome> context)
    {
        if (number is not null && responses is not null)
        {
            context.Report(ValidationCodes.Conflict, $"'{name}' and '{name}Responses' are both given; give only one: the number (0..10) or the counts of 1..5 ratings.");
        }
    }
}
