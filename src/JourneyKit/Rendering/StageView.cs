using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>A stage as drawn: its touchpoints in view, its score and its value-stream minutes.</summary>
/// <param name="Source">The stage of the map.</param>
/// <param name="Touchpoints">The drawn touchpoints, in journey order.</param>
/// <param name="Score">The stage score, 0..100, when scored.</param>
/// <param name="ProcessMinutes">Σ process minutes of the stage's touchpoints, null when none states any minutes.</param>
/// <param name="WaitMinutes">Σ wait minutes of the stage's touchpoints, null when none states any minutes.</param>
/// <param name="ProcessCycleEfficiency">The stage's PCE, 0..1, when the report has it.</param>
internal sealed record StageView(
    Stage Source,
    IReadOnlyList<TouchpointView> Touchpoints,
    double? Score,
    double? ProcessMinutes,
    double? WaitMinutes,
    double? ProcessCycleEfficiency);
