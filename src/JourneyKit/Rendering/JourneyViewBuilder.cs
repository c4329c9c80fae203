using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>Works out a <see cref="JourneyView"/> from a map, its score report and the render options.</summary>
internal static class JourneyViewBuilder
{
    /// <summary>The name of the single curve of a map without personas.</summary>
    public const string EveryoneName = "All customers";

    /// <summary>Builds the view.</summary>
    /// <exception cref="UnknownPersonaException">Thrown when <see cref="RenderOptions.PersonaId"/> names no persona of the map.</exception>
    public static JourneyView Build(JourneyMap map, JourneyScoreReport report, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);

        var personas = map.Personas.Select((p, i) => new PersonaView(p.Id, DisplayName(p), i)).ToList();
        PersonaView? selected = null;
        if (options.PersonaId is { } personaId)
        {
            selected = personas.FirstOrDefault(p => p.Id == personaId)
                ?? throw UnknownPersona(map, personaId);
        }

        IReadOnlyList<PersonaView> curves = selected is not null ? [selected]
            : personas.Count > 0 ? personas
            : [new PersonaView(string.Empty, EveryoneName, 0)];

        var scores = FirstBy(report.Touchpoints, t => t.TouchpointId, t => t.Score);
        var pains = FirstBy(report.PainPoints, f => f.TouchpointId, f => f);
        var delights = FirstBy(report.Delights, f => f.TouchpointId, f => f);
        var stageScores = FirstBy(report.Stages, s => s.StageId, s => s);

        var number = 0;
        var stages = new List<StageView>(map.Stages.Count);
        foreach (var stage in map.Stages)
        {
            var touchpoints = new List<TouchpointView>(stage.Touchpoints.Count);
            foreach (var touchpoint in stage.Touchpoints)
            {
                if (selected is not null && !PersonaEmotions.Meets(touchpoint, selected.Id))
                {
                    continue;
                }

                number++;
                // Arrays and loops, not LINQ: at 100,000 touchpoints the closures and lists were a large share of the view.
                var meets = new bool[curves.Count];
                var emotions = new double?[curves.Count];
                for (var i = 0; i < curves.Count; i++)
                {
                    var c = curves[i];
                    meets[i] = c.IsEveryone || PersonaEmotions.Meets(touchpoint, c.Id);
                    emotions[i] = !meets[i] ? null : c.IsEveryone ? touchpoint.Emotion : PersonaEmotions.EmotionOf(touchpoint, c.Id);
                }

                var emotion = selected is not null ? emotions[0] : PersonaEmotions.JourneyWide(map.Personas, touchpoint);
                List<string> actors;
                if (selected is not null)
                {
                    actors = [selected.Name];
                }
                else
                {
                    actors = new List<string>(map.Personas.Count);
                    foreach (var persona in map.Personas)
                    {
                        if (PersonaEmotions.Meets(touchpoint, persona.Id))
                        {
                            actors.Add(DisplayName(persona));
                        }
                    }
                }

                touchpoints.Add(new TouchpointView(
                    touchpoint,
                    number,
                    emotions,
                    meets,
                    emotion,
                    actors,
                    scores.GetValueOrDefault(touchpoint.Id),
                    selected is null ? FindingView.Of(pains.GetValueOrDefault(touchpoint.Id)) : FindingView.For(pains.GetValueOrDefault(touchpoint.Id), selected.Id),
                    selected is null ? FindingView.Of(delights.GetValueOrDefault(touchpoint.Id)) : FindingView.For(delights.GetValueOrDefault(touchpoint.Id), selected.Id)));
            }

            var (process, wait) = Minutes(stage);
            var stageScore = stageScores.GetValueOrDefault(stage.Id);
            stages.Add(new StageView(stage, touchpoints, stageScore?.Score, process, wait, stageScore?.ValueStream.ProcessCycleEfficiency));
        }

        return new JourneyView(map, report, selected, curves, stages);
    }

    /// <summary>The value of the first item with each key (as GroupBy, then First of each group), without a group per key.</summary>
    private static Dictionary<string, TValue> FirstBy<TItem, TValue>(IReadOnlyList<TItem> items, Func<TItem, string> key, Func<TItem, TValue> value)
    {
        var first = new Dictionary<string, TValue>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            first.TryAdd(key(item), value(item));
        }

        return first;
    }

    /// <summary>Checks that <see cref="RenderOptions.PersonaId"/>, when given, names a persona of the map: before scoring, so a wrong id fails fast.</summary>
    /// <exception cref="UnknownPersonaException">Thrown when it names none.</exception>
    public static void CheckPersona(JourneyMap map, RenderOptions options)
    {
        if (options.PersonaId is { } personaId && !map.Personas.Any(p => p.Id == personaId))
        {
            throw UnknownPersona(map, personaId);
        }
    }

    /// <summary>The exception for an unknown persona id: its sentence names the ids the map has.</summary>
    private static UnknownPersonaException UnknownPersona(JourneyMap map, string personaId)
    {
        var ids = map.Personas.Select(p => p.Id ?? string.Empty).ToList();
        var known = ids.Count == 0 ? "the map has no personas" : "known persona ids: " + string.Join(", ", ids);
        return new UnknownPersonaException($"Persona '{personaId}' is not in map '{map.Id}'; {known}.", "options", personaId, ids);
    }

    /// <summary>The persona's name, or its id when the name is empty.</summary>
    public static string DisplayName(Persona persona) =>
        string.IsNullOrEmpty(persona.Name) ? persona.Id ?? string.Empty : persona.Name;

    /// <summary>Σ process and Σ wait minutes of a stage's touchpoints; both null when none states any minutes.</summary>
    private static (double? Process, double? Wait) Minutes(Stage stage)
    {
        var any = false;
        double process = 0, wait = 0;
        foreach (var touchpoint in stage.Touchpoints)
        {
            if (touchpoint.ProcessMinutes is { } p)
            {
                process += p;
                any = true;
            }

            if (touchpoint.WaitMinutes is { } w)
            {
                wait += w;
                any = true;
            }
        }

        return any ? (process, wait) : (null, null);
    }
}
