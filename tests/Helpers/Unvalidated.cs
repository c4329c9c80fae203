using JourneyKit.Comparison;
using JourneyKit.Rendering;
using JourneyKit.Scoring;

namespace JourneyKit.Tests.Helpers;

/// <summary>
/// Services that skip the validation the scorer does by default (<see cref="ScoringOptions.ValidateMap"/>):
/// for tests whose maps are invalid on purpose (hostile strings as ids, personas missing, dangling play
/// targets) and that check what the formulas and writers do with them anyway — the escaping of a
/// renderer must hold for any map a caller vouches for, not only valid ones.
/// </summary>
internal static class Unvalidated
{
    public static JourneyScorer Scorer { get; } = new(new ScoringOptions { ValidateMap = false });

    public static JourneyRenderer Renderer { get; } = new(Scorer);

    public static JourneyComparer Comparer { get; } = new(Scorer);

    public static JourneyScorer ScorerWith(ScoringOptions options)
    {
        var copy = options.Clone();
        copy.ValidateMap = false;
        return new JourneyScorer(copy);
    }
}
