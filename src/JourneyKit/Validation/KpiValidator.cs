using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a KPI (<c>$.kpis[i]</c>) and, nested, of its scope and measurements.</summary>
internal sealed class KpiValidator : JourneyValidatorBase<Kpi>
{
    public KpiValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(k => k.Id).Id(settings);
        RuleFor(k => k.Name).RequiredText(settings.MaxNameLength);
        RuleFor(k => k.Calculator).Custom((calculator, context) =>
        {
            if (!settings.CalculatorKeys.Contains(calculator))
            {
                context.Report(
                    ValidationCodes.UnknownCalculator,
                    $"'calculator' {Describe.Quote(calculator)} is not a registered KPI calculator; {Describe.OneOf(settings.SortedCalculatorKeys, "no calculator is registered")}.");
            }
        });
        RuleFor(k => k.Scope!).SetValidator(new KpiScopeValidator(settings));
        RuleFor(k => k.Unit).OptionalText(settings.MaxNameLength);
        RuleFor(k => k.Baseline).Number(FormatFacts.RangeOf(typeof(Kpi), "baseline"));
        RuleFor(k => k.Target).Number(FormatFacts.RangeOf(typeof(Kpi), "target"));
        RuleForEach(k => k.Measurements).NotNullItem("a measurement");
        RuleForEach(k => k.Measurements).SetValidator(new MeasurementValidator(settings));
        RuleForUnknownProperties(k => k.ExtensionData, "a KPI");
    }
}
