using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>The rules of a touchpoint (<c>$.stages[i].touchpoints[j]</c>).</summary>
internal sealed class TouchpointValidator : JourneyValidatorBase<Touchpoint>
{
    public TouchpointValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(t => t.Id).Id(settings);
        RuleFor(t => t.Name).RequiredText(settings.MaxNameLength);
        RuleFor(t => t.Owner).OptionalText(settings.MaxNameLength);
        RuleFor(t => t.ProcessId).Reference(ReferenceKind.Process);
        RuleForEach(t => t.PersonaIds).ReferenceItem(ReferenceKind.Persona);
        RuleFor(t => t.Emotion).Number(FormatFacts.RangeOf(typeof(Touchpoint), "emotion"));
        var emotionRange = FormatFacts.RangeOf(typeof(Touchpoint), "emotionsByPersona");
        RuleFor(t => t.EmotionsByPersona).Custom((emotions, context) =>
        {
            foreach (var (personaId, emotion) in emotions)
            {
                if (!Checks.Resolves(personaId, ReferenceKind.Persona, context))
                {
                    Checks.ReportDangling(context, JsonPath.Member(context.PropertyPath, personaId), $"The key {Describe.Quote(personaId)} of 'emotionsByPersona'", ReferenceKind.Persona);
                }

                if (!Checks.IsAllowed(emotion, emotionRange))
                {
                    Checks.CheckNumber(emotion, emotionRange, context, $"emotionsByPersona[{Describe.Quote(personaId)}]", JsonPath.Member(context.PropertyPath, personaId));
                }
            }
        });
        RuleForEach(t => t.Enablers).TextItem(settings.MaxTextLength);
        RuleForEach(t => t.Barriers).TextItem(settings.MaxTextLength);
        RuleFor(t => t.ProcessMinutes).Number(FormatFacts.RangeOf(typeof(Touchpoint), "processMinutes"));
        RuleFor(t => t.WaitMinutes).Number(FormatFacts.RangeOf(typeof(Touchpoint), "waitMinutes"));
        RuleFor(t => t.CompleteAccurate).Number(FormatFacts.RangeOf(typeof(Touchpoint), "completeAccurate"));
        RuleFor(t => t.Responses!).SetValidator(new SurveyResponsesValidator(settings));
        RuleForUnknownProperties(t => t.ExtensionData, "a touchpoint");
    }
}
