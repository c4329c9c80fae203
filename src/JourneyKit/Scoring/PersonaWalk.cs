using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Walks each persona's journey once (stage order, then touchpoint order) and collects everything
/// that depends on the persona's emotions: the persona journey score, the peak–end memory, and
/// the emotion reasons of pain points and delights with the personas they hold for.
/// </summary>
/// <remarks>
/// In a map without personas there is one implicit journey over every touchpoint with the plain
/// <see cref="Touchpoint.Emotion"/>: emotion reasons are judged on it and name no persona.
/// </remarks>
internal sealed class PersonaWalk
{
    private PersonaWalk(int touchpointCount, int personaCount)
    {
        PainBits = new int[touchpointCount];
        DelightBits = new int[touchpointCount];
        PainPersonas = new List<string>?[touchpointCount];
        DelightPersonas = new List<string>?[touchpointCount];
        Personas = new PersonaScore[personaCount];
    }

    /// <summary>The emotion reasons of pain per touchpoint, as bits (1 &lt;&lt; reason).</summary>
    public int[] PainBits { get; }

    /// <summary>The emotion reasons of delight per touchpoint, as bits.</summary>
    public int[] DelightBits { get; }

    /// <summary>The personas for whom a pain emotion reason holds, in persona order; null when none.</summary>
    public List<string>?[] PainPersonas { get; }

    /// <summary>The personas for whom a delight emotion reason holds, in persona order; null when none.</summary>
    public List<string>?[] DelightPersonas { get; }

    /// <summary>One row per persona, in map order.</summary>
    public PersonaScore[] Personas { get; }

    /// <summary>Walks every persona's journey.</summary>
    /// <param name="index">The map.</param>
    /// <param name="rows">Each touchpoint's report row, in index order, for its survey signals.</param>
    /// <param name="options">The thresholds.</param>
    public static PersonaWalk Run(JourneyIndex index, TouchpointScore[] rows, ScoringOptions options)
    {
        var touchpoints = index.Touchpoints;
        var personas = index.Personas;
        var walk = new PersonaWalk(touchpoints.Length, personas.Count);
        if (personas.Count == 0)
        {
            walk.WalkWithoutPersonas(touchpoints, options);
            return walk;
        }

        for (var p = 0; p < personas.Count; p++)
        {
            walk.Personas[p] = walk.WalkPersona(index, rows, options, personas[p]);
        }

        return walk;
    }

    private void WalkWithoutPersonas(Touchpoint[] touchpoints, ScoringOptions options)
    {
        double? previous = null;
        for (var i = 0; i < touchpoints.Length; i++)
        {
            if (touchpoints[i].Emotion is { } emotion)
            {
                Judge(i, emotion, previous, options, personaId: null);
                previous = emotion;
            }
        }
    }

    private PersonaScore WalkPersona(JourneyIndex index, TouchpointScore[] rows, ScoringOptions options, Persona persona)
    {
        var id = persona.Id;
        var touchpoints = index.Touchpoints;
        double? previous = null;
        var peakEnd = default(PeakEnd.Accumulator);

        // Persona score: the mean over stages of the mean of the persona's touchpoint scores in the stage.
        var currentStage = -1;
        var stageSum = 0.0;
        var stageCount = 0;
        var stageMeansSum = 0.0;
        var stageMeansCount = 0;
        var lowest = double.PositiveInfinity;
        var highest = double.NegativeInfinity;

        for (var i = 0; i < touchpoints.Length; i++)
        {
            var touchpoint = touchpoints[i];
            if (id is null || !PersonaEmotions.Meets(touchpoint, id))
            {
                continue;
            }

            var emotion = PersonaEmotions.EmotionOf(touchpoint, id);
            if (emotion is { } e)
            {
                Judge(i, e, previous, options, id);
                previous = e;
                peakEnd.Add(e);
            }

            if (TouchpointSignals.Of(rows[i]).Score(emotion) is { } score)
            {
                if (index.StageOf[i] != currentStage)
                {
                    CloseStage();
                    currentStage = index.StageOf[i];
                }

                stageSum += score;
                stageCount++;
            }
        }

        CloseStage();
        double? personaScore = stageMeansCount == 0
            ? null
            : Math.Clamp(stageMeansSum / stageMeansCount, lowest, highest); // a mean lies within its terms, whatever the rounding
        return new PersonaScore { PersonaId = id!, Score = personaScore, PeakEnd = peakEnd.Result };

        void CloseStage()
        {
            if (stageCount > 0)
            {
                var mean = stageSum / stageCount;
                stageMeansSum += mean;
                stageMeansCount++;
                lowest = Math.Min(lowest, mean);
                highest = Math.Max(highest, mean);
            }

            stageSum = 0;
            stageCount = 0;
        }
    }

    /// <summary>Applies the emotion reasons at touchpoint <paramref name="i"/> for one persona (or the implicit one).</summary>
    private void Judge(int i, double emotion, double? previous, ScoringOptions options, string? personaId)
    {
        var pain = 0;
        if (emotion <= options.PainEmotionThreshold)
        {
            pain |= 1 << (int)FindingReason.LowEmotion;
        }

        if (previous is { } before && before - emotion >= options.EmotionDropThreshold)
        {
            pain |= 1 << (int)FindingReason.EmotionDrop;
        }

        if (pain != 0)
        {
            PainBits[i] |= pain;
            if (personaId is not null)
            {
                (PainPersonas[i] ??= []).Add(personaId);
            }
        }

        if (emotion >= options.HighEmotionThreshold)
        {
            DelightBits[i] |= 1 << (int)FindingReason.HighEmotion;
            if (personaId is not null)
            {
                (DelightPersonas[i] ??= []).Add(personaId);
            }
        }
    }
}
