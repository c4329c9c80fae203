using JourneyKit.Kpis;
using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Playbooks;
using JourneyKit.Validation;

namespace JourneyKit.Scoring;

/// <summary>
/// Applies the scoring formulas of docs/scoring.md to a map and builds its
/// <see cref="JourneyScoreReport"/>. Usable directly (<c>new JourneyScorer()</c>) or through
/// <c>services.AddJourneyKit()</c>.
/// </summary>
/// <remarks>
/// <para>
/// One pass builds an index of the map (touchpoints in journey order, lookups by id, survey
/// tallies); every formula then works from it, so the cost grows linearly with the map
/// (touchpoints × personas for the per-persona figures).
/// </para>
/// <para>
/// By default the map is validated first (<see cref="ScoringOptions.ValidateMap"/>): an invalid map
/// is refused with <see cref="InvalidJourneyMapException"/>, never scored into figures outside their
/// ranges. The scorer's validator knows every KPI calculator the scorer knows.
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and safe to use from several threads at once, provided the custom KPI calculators are.</threadsafety>
public sealed class JourneyScorer : IJourneyScorer
{
    private readonly ScoringOptions _options;
    private readonly KpiEvaluator _kpis;
    private readonly IJourneyValidator? _validator;

    /// <summary>Creates a scorer.</summary>
    /// <param name="options">The thresholds; the defaults when <see langword="null"/>. They are copied: later changes to the instance do not reach the scorer.</param>
    /// <param name="extraCalculators">Custom KPI calculators, in addition to the built-in ones.</param>
    /// <exception cref="ArgumentException">Thrown when an option is out of range (every problem listed) or a calculator has an empty key.</exception>
    /// <exception cref="InvalidOperationException">Thrown when two calculators of different types share a key.</exception>
    public JourneyScorer(ScoringOptions? options = null, IEnumerable<IKpiCalculator>? extraCalculators = null)
        : this(options, new KpiEvaluator(extraCalculators))
    {
    }

    /// <summary>Creates a scorer with a KPI evaluator built elsewhere (the DI container shares one).</summary>
    /// <param name="options">The thresholds; the defaults when <see langword="null"/>. They are copied.</param>
    /// <param name="kpiEvaluator">The KPI calculators to use.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="kpiEvaluator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when an option is out of range; the message lists every problem.</exception>
    public JourneyScorer(ScoringOptions? options, KpiEvaluator kpiEvaluator)
        : this(options, kpiEvaluator, validator: null)
    {
    }

    /// <summary>Creates a scorer that validates maps with <paramref name="validator"/> (the DI container passes the registered one, so its length limits apply).</summary>
    /// <param name="options">The thresholds; the defaults when <see langword="null"/>. They are copied.</param>
    /// <param name="kpiEvaluator">The KPI calculators to use.</param>
    /// <param name="validator">The validator to check maps with when <see cref="ScoringOptions.ValidateMap"/> is set; <see langword="null"/> for a <see cref="JourneyValidator"/> with the default limits that knows the calculators of <paramref name="kpiEvaluator"/>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="kpiEvaluator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when an option is out of range; the message lists every problem.</exception>
    public JourneyScorer(ScoringOptions? options, KpiEvaluator kpiEvaluator, IJourneyValidator? validator)
    {
        ArgumentNullException.ThrowIfNull(kpiEvaluator);
        _options = (options ?? new ScoringOptions()).Clone();
        _options.ThrowIfInvalid(nameof(options));
        _kpis = kpiEvaluator;
        if (_options.ValidateMap)
        {
            _validator = validator ?? new JourneyValidator(new JourneyValidatorOptions { KnownCalculatorKeys = [.. kpiEvaluator.Keys] });
        }
    }

    /// <summary>The KPI calculator keys this scorer knows, sorted ordinally.</summary>
    public IReadOnlyList<string> CalculatorKeys => _kpis.Keys;

    /// <inheritdoc/>
    public JourneyScoreReport Score(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (_validator?.Validate(map) is { IsValid: false } validation)
        {
            throw new InvalidJourneyMapException(map.Id, validation);
        }

        var options = _options; // a private copy; calculators see only KpiContext's read-only settings
        var index = new JourneyIndex(map);
        var touchpoints = index.Touchpoints;
        var stages = map.Stages;

        var touchpointRows = new TouchpointScore[touchpoints.Length];
        var walk = new PersonaWalk(index, options);
        for (var i = 0; i < touchpoints.Length; i++)
        {
            var (nps, csat, ces) = index.Survey(i, options.Z);
            var signals = new TouchpointSignals(nps?.Value, csat?.Value, ces?.Value); // an estimate's value is the score (CES: the mean)
            var journeyWideEmotion = walk.Visit(i, touchpoints[i], signals);
            touchpointRows[i] = new TouchpointScore
            {
                TouchpointId = touchpoints[i].Id,
                StageId = stages[index.StageOf[i]].Id,
                Score = signals.Score(journeyWideEmotion),
                Nps = nps,
                Csat = csat,
                Ces = ces,
            };
        }

        var personaRows = walk.Finish();
        var journeyStream = new ValueStreamAnalyzer.Accumulator();
        var stageRows = new StageScore[stages.Count];
        for (var s = 0; s < stages.Count; s++)
        {
            stageRows[s] = ScoreStage(index, s, touchpointRows, journeyStream, options);
        }

        var (painPoints, delights) = Findings(index, touchpointRows, walk, options);

        var report = new JourneyScoreReport
        {
            MapId = map.Id,
            JourneyScore = JourneyScore(index.Personas, personaRows, stageRows),
            Personas = personaRows,
            Stages = stageRows,
            Touchpoints = touchpointRows,
            PainPoints = painPoints,
            Delights = delights,
            Outcomes = Outcomes(map, options),
            ValueStream = journeyStream.ToValueStream(),
            CustomerInitiatedShare = CustomerInitiatedShare.Of(touchpoints),
            Kpis = Kpis(index, options),
            Benchmarks = CompetitorBenchmark.Compare(stageRows, map.Competitors),
            Backlog = BacklogRanker.Rank(map.Opportunities),
            FiredPlays = [],
        };
        var fired = PlayEvaluator.Evaluate(map.Playbooks, ScorePlayFacts.Of(map, report, index.Touchpoints, index.TouchpointById, index.StageById));
        return fired.Count == 0 ? report : report with { FiredPlays = fired };
    }

    private static StageScore ScoreStage(JourneyIndex index, int s, TouchpointScore[] touchpointRows, ValueStreamAnalyzer.Accumulator journeyStream, ScoringOptions options)
    {
        var positions = index.StagePositions(s);
        var stream = new ValueStreamAnalyzer.Accumulator();
        var sum = 0.0;
        var count = 0;
        var lowest = double.PositiveInfinity;
        var highest = double.NegativeInfinity;
        foreach (var i in positions)
        {
            stream.Add(index.Touchpoints[i]);
            journeyStream.Add(index.Touchpoints[i]);
            if (touchpointRows[i].Score is { } score)
            {
                sum += score;
                count++;
                lowest = Math.Min(lowest, score);
                highest = Math.Max(highest, score);
            }
        }

        return new StageScore
        {
            StageId = index.Map.Stages[s].Id,
            Score = count == 0 ? null : Math.Clamp(sum / count, lowest, highest),
            Nps = SurveyMerge.Nps(index, positions)?.Estimate(options.Z),
            Csat = SurveyMerge.Csat(index, positions)?.Estimate(options.Z),
            Ces = SurveyMerge.Ces(index, positions)?.Estimate(options.Z),
            ValueStream = stream.ToValueStream(),
        };
    }

    /// <summary>Σ wₚ·scoreₚ / Σ wₚ over personas with a score and weight &gt; 0; else the mean of the stage scores.</summary>
    private static double? JourneyScore(IReadOnlyList<Persona> personas, PersonaScore[] personaRows, StageScore[] stageRows)
    {
        var weighted = 0.0;
        var weights = 0.0;
        var lowest = double.PositiveInfinity;
        var highest = double.NegativeInfinity;
        for (var p = 0; p < personaRows.Length; p++)
        {
            var weight = personas[p].Weight;
            if (personaRows[p].Score is { } score && weight > 0)
            {
                weighted += weight * score;
                weights += weight;
                lowest = Math.Min(lowest, score);
                highest = Math.Max(highest, score);
            }
        }

        if (weights > 0)
        {
            return Math.Clamp(weighted / weights, lowest, highest);
        }

        var sum = 0.0;
        var count = 0;
        foreach (var stage in stageRows)
        {
            if (stage.Score is { } score)
            {
                sum += score;
                count++;
                lowest = Math.Min(lowest, score);
                highest = Math.Max(highest, score);
            }
        }

        return count == 0 ? null : Math.Clamp(sum / count, lowest, highest);
    }

    private static (TouchpointFinding[] PainPoints, TouchpointFinding[] Delights) Findings(JourneyIndex index, TouchpointScore[] rows, PersonaWalk walk, ScoringOptions options)
    {
        var pains = new List<TouchpointFinding>();
        var delights = new List<TouchpointFinding>();
        for (var i = 0; i < index.Touchpoints.Length; i++)
        {
            var signals = TouchpointSignals.Of(rows[i]);
            var painBits = walk.PainBits[i] | signals.PainBits(options);
            if (painBits != 0)
            {
                pains.Add(Finding(index.Touchpoints[i].Id, painBits, walk.PainPersonas[i]));
            }

            var delightBits = walk.DelightBits[i] | signals.DelightBits(options);
            if (delightBits != 0)
            {
                delights.Add(Finding(index.Touchpoints[i].Id, delightBits, walk.DelightPersonas[i]));
            }
        }

        return ([.. pains], [.. delights]);
    }

    private static TouchpointFinding Finding(string touchpointId, int bits, List<string>? personaIds)
    {
        var reasons = new List<FindingReason>(2);
        for (var reason = FindingReason.LowEmotion; reason <= FindingReason.PromoterHeavy; reason++)
        {
            if ((bits & (1 << (int)reason)) != 0)
            {
                reasons.Add(reason);
            }
        }

        return new TouchpointFinding { TouchpointId = touchpointId, Reasons = reasons, PersonaIds = personaIds ?? (IReadOnlyList<string>)[] };
    }

    private static IReadOnlyList<OutcomeOpportunity> Outcomes(JourneyMap map, ScoringOptions options)
    {
        var rows = new List<OutcomeOpportunity>(map.Outcomes.Count);
        for (var k = 0; k < map.Outcomes.Count; k++)
        {
            try
            {
                rows.Add(OutcomeOpportunities.Evaluate(map.Outcomes[k], options));
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"$.outcomes[{k}]: cannot score the outcome: {ErrorText.Of(e)} Validate the map before scoring it.", e);
            }
        }

        rows.Sort(OutcomeOpportunities.Compare);
        return rows;
    }

    private IReadOnlyList<KpiResult> Kpis(JourneyIndex index, ScoringOptions options)
    {
        var kpis = index.Map.Kpis;
        var rows = new KpiResult[kpis.Count];
        for (var k = 0; k < kpis.Count; k++)
        {
            rows[k] = _kpis.Evaluate(new KpiContext(index, kpis[k], k, options.Z, options.TrendFlatEpsilon));
        }

        return rows;
    }
}
