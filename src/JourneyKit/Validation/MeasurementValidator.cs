using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a KPI measurement (<c>$.kpis[i].measurements[j]</c>).</summary>
/// <remarks>The reader already refuses a measurement without <c>at</c> or <c>value</c>; in code, <c>default(DateTimeOffset)</c> counts as missing.</remarks>
internal sealed class MeasurementValidator : JourneyValidatorBase<Measurement>
{
    public MeasurementValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(m => m.At).Custom((at, context) =>
        {
            if (at == default)
            {
                context.Report(ValidationCodes.Required, "'at' is missing or 0001-01-01T00:00:00Z, the empty time, which is no measurement's time: give the time of the measurement in ISO 8601, e.g. \"2026-01-31T00:00:00Z\".");
            }
        });
        RuleFor(m => m.Value).Number(FormatFacts.RangeOf(typeof(Measurement), "value"));
        RuleForUnknownProperties(m => m.ExtensionData, "a measurement");
    }
}
