using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// Why a touchpoint is a pain point or a moment of delight. A finding lists its reasons in the
/// order of this enum.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FindingReason>))]
public enum FindingReason
{
    /// <summary>Pain: a persona's emotion is at most <see cref="ScoringOptions.PainEmotionThreshold"/> (−1).</summary>
    LowEmotion,

    /// <summary>Pain: a persona's emotion fell by at least <see cref="ScoringOptions.EmotionDropThreshold"/> (2) from their previous touchpoint that has an emotion.</summary>
    EmotionDrop,

    /// <summary>Pain: the CES mean is at least <see cref="ScoringOptions.HighEffortThreshold"/> (5).</summary>
    HighEffort,

    /// <summary>Pain: the CSAT is below <see cref="ScoringOptions.LowSatisfactionThreshold"/> (50).</summary>
    LowSatisfaction,

    /// <summary>Pain: the NPS is below <see cref="ScoringOptions.DetractorHeavyThreshold"/> (0).</summary>
    DetractorHeavy,

    /// <summary>Delight: a persona's emotion is at least <see cref="ScoringOptions.HighEmotionThreshold"/> (+2).</summary>
    HighEmotion,

    /// <summary>Delight: the NPS is at least <see cref="ScoringOptions.PromoterHeavyThreshold"/> (50).</summary>
    PromoterHeavy,
}
