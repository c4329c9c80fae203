using JourneyKit.Measures;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Walks every persona's journey at once, touchpoint by touchpoint in journey order, and collects
/// everything that depends on the personas' emotions: each touchpoint's journey-wide emotion, the
/// persona journey scores, the peak–end memories, and the emotion reasons of pain points and
/// delights with the personas they hold for.
/// </summary>
/// <remarks>
/// One pass over the touchpoints with the personas inside (rather than one pass per persona) reads
/// each touchpoint once, which matters when a large map no longer fits in the caches. In a map
/// without personas there is one implicit journey with the plain <see cref="Touchpoint.Emotion"/>:
/// emotion reasons are judged on it and name no persona.
/// </remarks>
internal sealed class PersonaWalk
{
    private readonly IReadOnlyList<Persona> _personas;
    private readonly ScoringOptions _options;
    private readonly int[] _stageOf;

    // Per persona (one slot when the map has no personas): the walk's state.
    private readonly double?[] _previous;
    private readonly PeakEnd.Accumulator[] _peakEnd;
    private readonly int[] _stage;
    private readonly double[] _stageSum;
    private readonly int[] _stageCount;
    private readonly double[] _meansSum;
    private readonly int[] _meansCount;
    private readonly double[] _lowest;
    private readonly double[] _highest;

    public PersonaWalk(JourneyIndex index, ScoringOptions options)
    {
        _personas = index.Personas;
        _options = options;
        _stageOf = index.StageOf;
        var touchpoints = index.Touchpoints.Length;
        PainBits = new int[touchpoints];
        DelightBits = new int[touchpoints];
        PainPersonas = new List<string>?[touchpoints];
        DelightPersonas = new List<string>?[touchpoints];
        var slots = Math.Max(1, _personas.Count);
        _previous = new double?[slots];
        _peakEnd = new PeakEnd.Accumulator[slots];
        _stage = new int[slots];
        Array.Fill(_stage, -1);
        _stageSum = new double[slots];
        _stageCount = new int[slots];
        _meansSum = new double[slots];
        _meansCount = new int[slots];
        _lowest = new double[slots];
        Array.Fill(_lowest, double.PositiveInfinity);
        _highest = new double[slots];
        Array.Fill(_highest, double.NegativeInfinity);
    }

    /// <summary>The emotion reasons of pain per touchpoint, as bits (1 &lt;&lt; reason).</summary>
    public int[] PainBits { get; }

    /// <summary>The emotion reasons of delight per touchpoint, as bits.</summary>
    public int[] DelightBits { get; }

    /// <summary>The personas for whom a pain emotion reason holds, in persona order; null when none.</summary>
    public List<string>?[] PainPersonas { get; }

    /// <summary>The personas for whom a delight emotion reason holds, in persona order; null when none.</summary>
    public List<string>?[] DelightPersonas { get; }

    /// <summary>
    /// Visits the next touchpoint of the journey (call in journey order, every touchpoint once).
    /// </summary>
    /// <param name="i">The touchpoint's position in the index.</param>
    /// <param name="touchpoint">The touchpoint.</param>
    /// <param name="signals">Its survey signals.</param>
    /// <returns>Its journey-wide emotion: the mean over the personas who meet it and feel something there (the plain emotion without personas).</returns>
    public double? Visit(int i, Touchpoint touchpoint, TouchpointSignals signals)
    {
        if (_personas.Count == 0)
        {
            if (touchpoint.Emotion is { } plain)
            {
                Judge(i, 0, plain, personaId: null);
            }

            return touchpoint.Emotion;
        }

        var sum = 0.0;
        var count = 0;
        for (var p = 0; p < _personas.Count; p++)
        {
            var id = _personas[p].Id;
            if (id is null || !PersonaEmotions.Meets(touchpoint, id))
            {
                continue;
            }

            var emotion = PersonaEmotions.EmotionOf(touchpoint, id);
            if (emotion is { } e)
            {
                sum += e;
                count++;
                Judge(i, p, e, id);
                _peakEnd[p].Add(e);
            }

            if (signals.Score(emotion) is { } score)
            {
                if (_stageOf[i] != _stage[p])
                {
                    CloseStage(p);
                    _stage[p] = _stageOf[i];
                }

                _stageSum[p] += score;
                _stageCount[p]++;
            }
        }

        // Summed in persona order, like PersonaEmotions.JourneyWide, so both give the same double.
        return count == 0 ? null : sum / count;
    }

    /// <summary>One row per persona, in map order, once every touchpoint has been visited.</summary>
    public PersonaScore[] Finish()
    {
        var rows = new PersonaScore[_personas.Count];
        for (var p = 0; p < rows.Length; p++)
        {
            CloseStage(p);
            rows[p] = new PersonaScore
            {
                PersonaId = _personas[p].Id,
                // The mean over stages of the mean of the persona's touchpoint scores in the stage,
                // kept within its terms whatever the rounding.
                Score = _meansCount[p] == 0 ? null : Math.Clamp(_meansSum[p] / _meansCount[p], _lowest[p], _highest[p]),
                PeakEnd = _peakEnd[p].Result,
            };
        }

        return rows;
    }

    private void CloseStage(int p)
    {
        if (_stageCount[p] > 0)
        {
            var mean = _stageSum[p] / _stageCount[p];
            _meansSum[p] += mean;
            _meansCount[p]++;
            _lowest[p] = Math.Min(_lowest[p], mean);
            _highest[p] = Math.Max(_highest[p], mean);
        }

        _stageSum[p] = 0;
        _stageCount[p] = 0;
    }

    /// <summary>Applies the emotion reasons at touchpoint <paramref name="i"/> for persona slot <paramref name="p"/>.</summary>
    private void Judge(int i, int p, double emotion, string? personaId)
    {
        var pain = 0;
        if (emotion <= _options.PainEmotionThreshold)
        {
            pain |= 1 << (int)FindingReason.LowEmotion;
        }

        // The persona's previous touchpoint that has an emotion: touchpoints without one are skipped.
        if (_previous[p] is { } before && before - emotion >= _options.EmotionDropThreshold)
        {
            pain |= 1 << (int)FindingReason.EmotionDrop;
        }

        _previous[p] = emotion;
        if (pain != 0)
        {
            PainBits[i] |= pain;
            if (personaId is not null)
            {
                (PainPersonas[i] ??= []).Add(personaId);
            }
        }

        if (emotion >= _options.HighEmotionThreshold)
        {
            DelightBits[i] |= 1 << (int)FindingReason.HighEmotion;
            if (personaId is not null)
            {
                (DelightPersonas[i] ??= []).Add(personaId);
            }
        }
    }
}
