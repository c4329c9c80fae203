using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>Works out a <see cref="JourneyView"/> from a map and the render options.</summary>
internal static class JourneyViewBuilder
{
    /// <summary>The name of the single curve of a map without personas.</summary>
    public const string EveryoneName = "All customers";

    /// <summary>Builds the view.</summary>
    /// <exception cref="ArgumentException">Thrown when <see cref="RenderOptions.PersonaId"/> names no persona of the map.</exception>
    public static JourneyView Build(JourneyMap map, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);

        var personas = map.Personas.Select((p, i) => new PersonaView(p.Id, p.Name, i)).ToList();
        PersonaView? selected = null;
        if (options.PersonaId is { } personaId)
        {
            selected = personas.FirstOrDefault(p => p.Id == personaId)
                ?? throw new ArgumentException(UnknownPersonaMessage(map, personaId), nameof(options));
        }

        IReadOnlyList<PersonaView> curves = selected is not null ? [selected]
            : personas.Count > 0 ? personas
            : [new PersonaView(string.Empty, EveryoneName, 0)];

        var number = 0;
        var stages = new List<StageView>(map.Stages.Count);
        foreach (var stage in map.Stages)
        {
            var touchpoints = new List<TouchpointView>(stage.Touchpoints.Count);
            foreach (var touchpoint in stage.Touchpoints)
            {
                if (selected is not null && !Meets(touchpoint, selected.Id))
                {
                    continue;
                }

                number++;
                var meets = curves.Select(c => c.IsEveryone || Meets(touchpoint, c.Id)).ToList();
                var emotions = curves.Select((c, i) => meets[i] ? EmotionOf(touchpoint, c) : null).ToList();
                var emotion = selected is not null ? emotions[0] : JourneyEmotion(map, touchpoint);
                var actors = selected is not null ? [selected.Name]
                    : map.Personas.Where(p => Meets(touchpoint, p.Id)).Select(p => p.Name).ToList();
                touchpoints.Add(new TouchpointView(touchpoint, number, emotions, meets, emotion, actors, null, null, null));
            }

            var (process, wait) = Minutes(stage);
            stages.Add(new StageView(stage, touchpoints, null, process, wait, null));
        }

        var allMinutes = stages.Where(s => s.ProcessMinutes is not null).ToList();
        double? leadTime = allMinutes.Count == 0 ? null : allMinutes.Sum(s => s.ProcessMinutes!.Value + s.WaitMinutes!.Value);
        return new JourneyView(map, selected, curves, stages, null, leadTime, null);
    }

    /// <summary>The sentence for an unknown persona id, naming the ones the map has.</summary>
    public static string UnknownPersonaMessage(JourneyMap map, string personaId)
    {
        ArgumentNullException.ThrowIfNull(map);
        var known = map.Personas.Count == 0 ? "the map has no personas"
            : "known persona ids: " + string.Join(", ", map.Personas.Select(p => p.Id));
        return $"Persona '{personaId}' is not in map '{map.Id}'; {known}.";
    }

    /// <summary>Whether the persona meets the touchpoint: it lists no personas, or lists this one.</summary>
    public static bool Meets(Touchpoint touchpoint, string personaId) =>
        touchpoint.PersonaIds.Count == 0 || touchpoint.PersonaIds.Contains(personaId, StringComparer.Ordinal);

    /// <summary>The design's emotion of a persona at a touchpoint: its override, else the touchpoint's emotion.</summary>
    public static double? EmotionOf(Touchpoint touchpoint, PersonaView curve) =>
        !curve.IsEveryone && touchpoint.EmotionsByPersona.TryGetValue(curve.Id, out var own) ? own : touchpoint.Emotion;

    /// <summary>
    /// The journey-wide emotion of a touchpoint: the mean emotion of the personas who meet it and have one,
    /// or the plain emotion where the map has no personas; null when there is none.
    /// </summary>
    public static double? JourneyEmotion(JourneyMap map, Touchpoint touchpoint)
    {
        if (map.Personas.Count == 0)
        {
            return touchpoint.Emotion;
        }

        var sum = 0.0;
        var count = 0;
        foreach (var persona in map.Personas)
        {
            if (!Meets(touchpoint, persona.Id))
            {
                continue;
            }

            var emotion = touchpoint.EmotionsByPersona.TryGetValue(persona.Id, out var own) ? own : touchpoint.Emotion;
            if (emotion is { } e)
            {
                sum += e;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }

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
