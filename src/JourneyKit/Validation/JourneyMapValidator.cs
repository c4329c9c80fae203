using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// The rules of the map itself (<c>$</c>) and of the collections it holds, each item checked by
/// its nested validator; ids unique within each collection (touchpoint ids across the whole map).
/// </summary>
internal sealed class JourneyMapValidator : JourneyValidatorBase<JourneyMap>
{
    public JourneyMapValidator(ValidationSettings settings)
        : base(settings)
    {
        RuleFor(m => m.SchemaVersion).Custom((version, context) =>
        {
            if (string.IsNullOrWhiteSpace(version))
            {
                context.Report(ValidationCodes.Required, $"'schemaVersion' is required: write \"{JourneyMap.CurrentSchemaVersion}\".");
            }
            else if (version != JourneyMap.CurrentSchemaVersion)
            {
                context.Report(ValidationCodes.UnsupportedVersion, $"'schemaVersion' must be \"{JourneyMap.CurrentSchemaVersion}\", the only version this library reads. You entered {Describe.Quote(version)}.");
            }
        });
        RuleFor(m => m.Id).Id(settings);
        RuleFor(m => m.Name).RequiredText(settings.MaxNameLength);
        RuleFor(m => m.Description).OptionalText(settings.MaxTextLength);
        RuleFor(m => m.BaseMapId).OptionalId(settings).Custom((baseMapId, context) =>
        {
            var state = context.InstanceToValidate.State;
            if (state == MapState.Future && baseMapId is null)
            {
                context.Report(ValidationCodes.MissingBaseMap, "A future-state map should name the current-state map it improves in 'baseMapId', so that the two can be compared.", Severity.Warning);
            }
            else if (state != MapState.Future && baseMapId is not null)
            {
                context.Report(ValidationCodes.BaseMapIgnored, "'baseMapId' applies only to a future-state map; set \"state\": \"future\" or leave 'baseMapId' out.", Severity.Warning);
            }
        });

        RuleForEach(m => m.Personas).NotNullItem("a persona");
        RuleForEach(m => m.Personas).SetValidator(new PersonaValidator(settings));
        RuleFor(m => m.Personas).Custom((personas, context) =>
        {
            UniqueIds.Check(UniqueIds.Of(personas, context.PropertyPath, p => p.Id), context, "persona ids must be unique");
            WarnAboutPersonas(personas, context);
        });

        RuleForEach(m => m.Stages).NotNullItem("a stage");
        RuleForEach(m => m.Stages).SetValidator(new StageValidator(settings));
        RuleFor(m => m.Stages).Custom((stages, context) =>
        {
            if (stages.Count == 0)
            {
                context.Report(ValidationCodes.Required, "'stages' is required and must hold at least one stage.");
            }

            UniqueIds.Check(UniqueIds.Of(stages, context.PropertyPath, s => s.Id), context, "stage ids must be unique");
            UniqueIds.Check(TouchpointIds(stages, context.PropertyPath), context, "touchpoint ids must be unique across the whole map");
            CheckMapAnswers(stages, context);
        });

        RuleForEach(m => m.Outcomes).NotNullItem("an outcome");
        RuleForEach(m => m.Outcomes).SetValidator(new OutcomeValidator(settings));
        RuleFor(m => m.Outcomes).Custom((outcomes, context) =>
            UniqueIds.Check(UniqueIds.Of(outcomes, context.PropertyPath, o => o.Id), context, "outcome ids must be unique"));

        RuleForEach(m => m.Processes).NotNullItem("a process");
        RuleForEach(m => m.Processes).SetValidator(new BusinessProcessValidator(settings));
        RuleFor(m => m.Processes).Custom((processes, context) =>
            UniqueIds.Check(UniqueIds.Of(processes, context.PropertyPath, p => p.Id), context, "process ids must be unique"));

        RuleForEach(m => m.Kpis).NotNullItem("a KPI");
        RuleForEach(m => m.Kpis).SetValidator(new KpiValidator(settings));
        RuleFor(m => m.Kpis).Custom((kpis, context) =>
            UniqueIds.Check(UniqueIds.Of(kpis, context.PropertyPath, k => k.Id), context, "KPI ids must be unique"));

        RuleForEach(m => m.Opportunities).NotNullItem("an opportunity");
        RuleForEach(m => m.Opportunities).SetValidator(new OpportunityValidator(settings));
        RuleFor(m => m.Opportunities).Custom((opportunities, context) =>
            UniqueIds.Check(UniqueIds.Of(opportunities, context.PropertyPath, o => o.Id), context, "opportunity ids must be unique"));

        RuleForEach(m => m.Competitors).NotNullItem("a competitor");
        RuleForEach(m => m.Competitors).SetValidator(new CompetitorValidator(settings));
        RuleFor(m => m.Competitors).Custom((competitors, context) =>
            UniqueIds.Check(UniqueIds.Of(competitors, context.PropertyPath, c => c.Id), context, "competitor ids must be unique"));

        RuleForEach(m => m.Playbooks).NotNullItem("a playbook");
        RuleForEach(m => m.Playbooks).SetValidator(new PlaybookValidator(settings));
        RuleFor(m => m.Playbooks).Custom((playbooks, context) =>
            UniqueIds.Check(UniqueIds.Of(playbooks, context.PropertyPath, p => p.Id), context, "playbook ids must be unique"));

        RuleForUnknownProperties(m => m.ExtensionData, "a journey map");
    }

    /// <summary>
    /// The answers of each survey (nps, csat, ces) over every touchpoint of the map: at most
    /// <see cref="FormatFacts.MaxAnswers"/>, so that the journey-level tallies (diff, KPIs over the
    /// whole map) are exact and fit a long. Lists over the per-list limit are reported by
    /// themselves; they are left out of the sums here, so a list is never reported twice.
    /// </summary>
    private static void CheckMapAnswers(IReadOnlyList<Stage> stages, FluentValidation.ValidationContext<JourneyMap> context)
    {
        Span<Int128> totals = stackalloc Int128[3];
        foreach (var stage in stages)
        {
            foreach (var touchpoint in stage?.Touchpoints ?? [])
            {
                if (touchpoint?.Responses is not { } responses)
                {
                    continue;
                }

                totals[0] += ListTotal(responses.Nps);
                totals[1] += ListTotal(responses.Csat);
                totals[2] += ListTotal(responses.Ces);
            }
        }

        ReadOnlySpan<string> names = ["nps", "csat", "ces"];
        for (var k = 0; k < 3; k++)
        {
            if (totals[k] > FormatFacts.MaxAnswers)
            {
                context.Report(
                    ValidationCodes.Range,
                    $"The touchpoints' '{names[k]}' answers must count at most {Describe.Number(FormatFacts.MaxAnswers)} in total across the whole map (2^53, the most a double counts exactly), so that the journey's figures are exact. The map holds {totals[k].ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
            }
        }
    }

    private static Int128 ListTotal(IReadOnlyList<long>? counts)
    {
        Int128 total = 0;
        foreach (var count in counts ?? [])
        {
            total += Math.Max(count, 0);
        }

        return total <= FormatFacts.MaxAnswers ? total : 0;
    }

    private static IEnumerable<(string Path, string? Id)> TouchpointIds(IReadOnlyList<Stage> stages, string stagesPath)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] is { } stage)
            {
                foreach (var item in UniqueIds.Of(stage.Touchpoints, JsonPath.Member(JsonPath.Index(stagesPath, i), "touchpoints"), t => t.Id))
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>Warns about personas no touchpoint reaches and about weights that are all zero.</summary>
    private static void WarnAboutPersonas(IReadOnlyList<Persona> personas, ValidationContext<JourneyMap> context)
    {
        if (personas.Count == 0)
        {
            return;
        }

        var touchpoints = context.InstanceToValidate.Stages.Where(s => s is not null).SelectMany(s => s.Touchpoints).Where(t => t is not null).ToList();
        var everyoneReached = touchpoints.Any(t => t.PersonaIds.Count == 0);
        var reached = touchpoints.SelectMany(t => t.PersonaIds).Where(id => id is not null).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < personas.Count; i++)
        {
            if (personas[i] is { Id: { } id } && !everyoneReached && !reached.Contains(id))
            {
                context.ReportAt(
                    JsonPath.Index(context.PropertyPath, i),
                    ValidationCodes.UnreachedPersona,
                    $"Persona {Describe.Quote(id)} meets no touchpoint; list it in a touchpoint's 'personaIds', or leave a touchpoint's 'personaIds' empty so that it reaches every persona.",
                    Severity.Warning);
            }
        }

        if (personas.All(p => p is null || p.Weight == 0))
        {
            context.Report(
                ValidationCodes.ZeroWeights,
                "Every persona's 'weight' is 0, so the journey score cannot weigh personas and falls back to the mean of the stage scores; give at least one persona a positive weight.",
                Severity.Warning);
        }
    }
}
