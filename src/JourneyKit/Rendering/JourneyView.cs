using JourneyKit.Measures;
using JourneyKit.Model;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>
/// Everything the renderers draw, worked out once from the map and its score report: the curves,
/// the drawn touchpoints numbered in journey order, and the figures per stage and for the journey.
/// </summary>
/// <param name="Map">The map.</param>
/// <param name="Report">The map's score report.</param>
/// <param name="Selected">The persona of a persona view, or null for the whole journey.</param>
/// <param name="Curves">One emotion curve per persona (only the selected one in a persona view; one for every customer when the map has no personas).</param>
/// <param name="Stages">Every stage of the map, in order, with the touchpoints in view.</param>
internal sealed record JourneyView(
    JourneyMap Map,
    JourneyScoreReport Report,
    PersonaView? Selected,
    IReadOnlyList<PersonaView> Curves,
    IReadOnlyList<StageView> Stages)
{
    /// <summary>The journey score, 0..100, when there is one.</summary>
    public double? JourneyScore => Report.JourneyScore;

    /// <summary>The journey's lead time in minutes, when any touchpoint states minutes.</summary>
    public double? LeadTimeMinutes => Report.ValueStream.LeadTimeMinutes;

    /// <summary>The journey's process cycle efficiency, 0..1, when known.</summary>
    public double? ProcessCycleEfficiency => Report.ValueStream.ProcessCycleEfficiency;

    /// <summary>The drawn touchpoints of every stage, in journey order.</summary>
    public IEnumerable<TouchpointView> Touchpoints => Stages.SelectMany(s => s.Touchpoints);

    /// <summary>The number of drawn touchpoints.</summary>
    public int TouchpointCount => Stages.Sum(s => s.Touchpoints.Count);
}
