using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of an opportunity (<c>$.opportunities[i]</c>).</summary>
internal sealed class OpportunityValidator : JourneyValidatorBase<Opportunity>
{
    public OpportunityValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(o => o.Id).Id(settings);
        RuleFor(o => o.Title).RequiredText(settings.MaxNameLength);
        RuleForEach(o => o.TouchpointIds).ReferenceItem(ReferenceKind.Touchpoint);
        RuleForEach(o => o.OutcomeIds).ReferenceItem(ReferenceKind.Outcome);
        RuleFor(o => o.Reach).Number(FormatFacts.RangeOf(typeof(Opportunity), "reach"));
        RuleFor(o => o.Impact).Number(FormatFacts.RangeOf(typeof(Opportunity), "impact"));
        RuleFor(o => o.Confidence).Number(FormatFacts.RangeOf(typeof(Opportunity), "confidence"));
        RuleFor(o => o.Effort).Number(FormatFacts.RangeOf(typeof(Opportunity), "effort"));
        RuleFor(o => o.Status).Custom((_, context) =>
        {
            var opportunity = context.InstanceToValidate;
            // Done and dropped opportunities are out of the backlog whatever their inputs.
            if (opportunity.Status is OpportunityStatus.Done or OpportunityStatus.Dropped)
            {
                return;
            }

            string[] missing =
            [
                .. opportunity.Reach is null ? ["reach"] : Array.Empty<string>(),
                .. opportunity.Impact is null ? ["impact"] : Array.Empty<string>(),
                .. opportunity.Confidence is null ? ["confidence"] : Array.Empty<string>(),
                .. opportunity.Effort is null ? ["effort"] : Array.Empty<string>(),
            ];
            if (missing.Length > 0)
            {
                context.ReportAt(
                    context.PropertyChain.ToString(),
                    ValidationCodes.IncompleteRice,
                    $"Opportunity {Describe.Quote(opportunity.Id ?? "")} lacks {string.Join(", ", missing.Select(m => $"'{m}'"))} of the four RICE inputs (reach, impact, confidence, effort), so it stays out of the backlog.",
                    Severity.Warning);
            }
        });
        RuleForUnknownProperties(o => o.ExtensionData, "an opportunity");
    }
}
