using System.Text.Json;
using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// The rules of a play's condition (<c>$.playbooks[i].plays[j].when</c>): the target resolves
/// against the collection its metric reads — a touchpoint for <c>emotion</c> and
/// <c>touchpointScore</c>, a touchpoint or a stage for <c>nps</c>, <c>csat</c> and <c>ces</c>,
/// a stage for <c>stageScore</c>, <c>conversion</c> and <c>reach</c>, a KPI for <c>kpiAttainment</c>, an outcome for
/// <c>opportunityScore</c>, and nothing for <c>journeyScore</c>.
/// </summary>
internal sealed class PlayConditionValidator : JourneyValidatorBase<PlayCondition>
{
    public PlayConditionValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(c => c.TargetId).Custom((targetId, context) =>
        {
            var metric = context.InstanceToValidate.Metric;
            var metricName = JsonNamingPolicy.CamelCase.ConvertName(metric.ToString());
            var kind = TargetOf(metric);
            if (kind is null)
            {
                if (targetId is not null)
                {
                    context.Report(ValidationCodes.TargetNotAllowed, $"'targetId' must be left out for metric '{metricName}', which reads the whole journey. You entered {Describe.Quote(targetId)}.");
                }
            }
            else if (targetId is null)
            {
                context.Report(ValidationCodes.Required, $"'targetId' is required for metric '{metricName}': name the {kind.Noun} it reads.");
            }
            else if (!Checks.Resolves(targetId, kind, context))
            {
                Checks.ReportDangling(context, context.PropertyPath, $"'targetId' {Describe.Quote(targetId)}", kind, $", which is what metric '{metricName}' reads");
            }
        });
        RuleFor(c => c.Value).Number(FormatFacts.RangeOf(typeof(PlayCondition), "value"));
        RuleForUnknownProperties(c => c.ExtensionData, "a play's condition");
    }

    /// <summary>The collection a metric's target lives in; <see langword="null"/> for a metric without target.</summary>
    public static ReferenceKind? TargetOf(PlayMetric metric) => metric switch
    {
        PlayMetric.Emotion or PlayMetric.TouchpointScore => ReferenceKind.Touchpoint,
        PlayMetric.Nps or PlayMetric.Csat or PlayMetric.Ces => ReferenceKind.StageOrTouchpoint,
        PlayMetric.StageScore or PlayMetric.Conversion or PlayMetric.Reach => ReferenceKind.Stage,
        PlayMetric.KpiAttainment => ReferenceKind.Kpi,
        PlayMetric.OpportunityScore => ReferenceKind.Outcome,
        _ => null,
    };
}
