using JourneyKit.Model;

namespace JourneyKit.Measures;

/// <summary>
/// Who meets a touchpoint and what they feel there: the per-persona reading of a map that the
/// scores, pain points and the peak–end rule are built on.
/// </summary>
public static class PersonaEmotions
{
    /// <summary>Whether the persona meets the touchpoint: its <see cref="Touchpoint.PersonaIds"/> are empty (every persona) or name the persona.</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <param name="personaId">The persona's id.</param>
    /// <returns><see langword="true"/> when the persona meets it.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static bool Meets(Touchpoint touchpoint, string personaId)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        ArgumentNullException.ThrowIfNull(personaId);
        var ids = touchpoint.PersonaIds;
        if (ids.Count == 0)
        {
            return true;
        }

        for (var k = 0; k < ids.Count; k++)
        {
            if (string.Equals(ids[k], personaId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The persona's emotion at the touchpoint: <c>emotionsByPersona[persona]</c>, else <c>emotion</c>, else none.</summary>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <param name="personaId">The persona's id.</param>
    /// <returns>The emotion, −3..+3, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static double? EmotionOf(Touchpoint touchpoint, string personaId)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        ArgumentNullException.ThrowIfNull(personaId);
        return touchpoint.EmotionsByPersona.Count > 0 && touchpoint.EmotionsByPersona.TryGetValue(personaId, out var emotion)
            ? emotion
            : touchpoint.Emotion;
    }

    /// <summary>The persona's journey: the touchpoints the persona meets, in stage order then touchpoint order.</summary>
    /// <param name="map">The map.</param>
    /// <param name="personaId">The persona's id.</param>
    /// <returns>The touchpoints.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<Touchpoint> JourneyOf(JourneyMap map, string personaId)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(personaId);
        return map.Stages.SelectMany(s => s.Touchpoints).Where(t => Meets(t, personaId)).ToList();
    }

    /// <summary>
    /// The touchpoint's journey-wide emotion: the mean emotion of the map's personas who meet it
    /// and have one there; in a map without personas, the plain <see cref="Touchpoint.Emotion"/>.
    /// </summary>
    /// <param name="personas">The map's personas.</param>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <returns>The emotion, −3..+3, or <see langword="null"/> when no persona who meets it has one.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    public static double? JourneyWide(IReadOnlyList<Persona> personas, Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(touchpoint);
        if (personas.Count == 0)
        {
            return touchpoint.Emotion;
        }

        var sum = 0.0;
        var count = 0;
        for (var p = 0; p < personas.Count; p++)
        {
            var id = personas[p].Id;
            if (id is not null && Meets(touchpoint, id) && EmotionOf(touchpoint, id) is { } emotion)
            {
                sum += emotion;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }
}
