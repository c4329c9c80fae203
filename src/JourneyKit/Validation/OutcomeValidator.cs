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
        var importance = Choice.Of("importance");
        var satisfaction = Choice.Of("satisfaction");
        RuleFor(o => o.Importance).Number(importance.Range).Custom((number, context) =>
            RequireOne(number, context.InstanceToValidate.ImportanceResponses, importance, context));
        RuleFor(o => o.ImportanceResponses).Counts(importance.Ratings).Custom((responses, context) =>
            RejectBoth(context.InstanceToValidate.Importance, responses, importance, context));
        RuleFor(o => o.Satisfaction).Number(satisfaction.Range).Custom((number, context) =>
            RequireOne(number, context.InstanceToValidate.SatisfactionResponses, satisfaction, context));
        RuleFor(o => o.SatisfactionResponses).Counts(satisfaction.Ratings).Custom((responses, context) =>
            RejectBoth(context.InstanceToValidate.Satisfaction, responses, satisfaction, context));
        RuleForEach(o => o.ProcessIds).ReferenceItem(ReferenceKind.Process);
        RuleForUnknownProperties(o => o.ExtensionData, "an outcome");
    }

    private static void RequireOne(double? number, IReadOnlyList<long>? responses, Choice choice, ValidationContext<Outcome> context)
    {
        if (number is null && responses is null)
        {
            context.Report(ValidationCodes.Required, $"'{choice.Name}' is required: give a number from {Describe.Number(choice.Range.Min ?? 0)} to {Describe.Number(choice.Range.Max ?? 0)}, or the counts of {choice.Ratings} ratings in '{choice.Name}Responses'.");
        }
    }

    private static void RejectBoth(double? number, IReadOnlyList<long>? responses, Choice choice, ValidationContext<Outcome> context)
    {
        if (number is not null && responses is not null)
        {
            context.Report(ValidationCodes.Conflict, $"'{choice.Name}' and '{choice.Name}Responses' are both given; give only one: the number ({Describe.Number(choice.Range.Min ?? 0)}..{Describe.Number(choice.Range.Max ?? 0)}) or the counts of {choice.Ratings} ratings.");
        }
    }

    /// <summary>A figure given as a number (<c>importance</c>) or as rating counts (<c>importanceResponses</c>), with the format's range and scale of each.</summary>
    private sealed record Choice(string Name, NumberRange Range, RatingScale Ratings)
    {
        public static Choice Of(string name) =>
            new(name, FormatFacts.RangeOf(typeof(Outcome), name), FormatFacts.RatingsOf(typeof(Outcome), name + "Responses"));
    }
}
