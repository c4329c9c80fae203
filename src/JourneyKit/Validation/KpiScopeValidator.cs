using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a KPI's scope (<c>$.kpis[i].scope</c>): each id given must resolve.</summary>
internal sealed class KpiScopeValidator : JourneyValidatorBase<KpiScope>
{
    public KpiScopeValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(s => s.StageId).Reference(ReferenceKind.Stage);
        RuleFor(s => s.TouchpointId).Reference(ReferenceKind.Touchpoint);
        RuleFor(s => s.PersonaId).Reference(ReferenceKind.Persona);
        RuleForUnknownProperties(s => s.ExtensionData, "a KPI scope");
    }
}
