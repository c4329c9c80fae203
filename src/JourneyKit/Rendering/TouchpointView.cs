using JourneyKit.Model;

namespace JourneyKit.Rendering;

/// <summary>A touchpoint as drawn: its place, the emotion of each curve, and what the scores say of it.</summary>
/// <param name="Source">The touchpoint of the map.</param>
/// <param name="Number">Its 1-based number among the drawn touchpoints, shown on its card and under the curves.</param>
/// <param name="Emotions">Per curve (same order as <see cref="JourneyView.Curves"/>): the emotion, or null when that curve's persona does not meet it or has no emotion there.</param>
/// <param name="Meets">Per curve: whether that curve's persona meets the touchpoint.</param>
/// <param name="Emotion">The emotion the Mermaid score comes from: the selected persona's, else the mean over the personas who meet it.</param>
/// <param name="Actors">The names of the personas who meet it (only the selected one in a persona view).</param>
/// <param name="Score">The journey-wide touchpoint experience score, 0..100, when scored.</param>
/// <param name="Pain">The pain point at this touchpoint, if any.</param>
/// <param name="Delight">The moment of delight at this touchpoint, if any.</param>
internal sealed record TouchpointView(
    Touchpoint Source,
    int Number,
    IReadOnlyList<double?> Emotions,
    IReadOnlyList<bool> Meets,
    double? Emotion,
    IReadOnlyList<string> Actors,
    double? Score,
    FindingView? Pain,
    FindingView? Delight);
