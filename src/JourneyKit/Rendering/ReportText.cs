using System.Globalization;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>How numbers, times and finding reasons read in every rendered format (invariant culture).</summary>
internal static class ReportText
{
    /// <summary>A number with at most <paramref name="decimals"/> decimals: <c>61.4</c>, <c>12</c>.</summary>
    /// <exception cref="InvalidOperationException">Thrown for NaN or an infinity (the format's limits keep every figure finite).</exception>
    public static string Number(double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"A report figure is {value.ToString(CultureInfo.InvariantCulture)}; a rendered report holds only finite numbers.");
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        return rounded.ToString("0." + new string('#', Math.Max(0, decimals)), CultureInfo.InvariantCulture);
    }

    /// <summary>An emotion with its sign: <c>+2</c>, <c>−1.5</c>, <c>0</c>.</summary>
    public static string Signed(double value)
    {
        var text = Number(Math.Abs(value), 2);
        return text == "0" ? "0" : (value > 0 ? "+" : "\u2212") + text;
    }

    /// <summary>A duration in minutes as people read it: <c>45 min</c>, <c>2.5 h</c>, <c>3 d</c>.</summary>
    public static string Minutes(double minutes) => minutes switch
    {
        >= 1440 => Number(minutes / 1440, 1) + " d",
        >= 120 => Number(minutes / 60, 1) + " h",
        _ => Number(minutes, 1) + " min",
    };

    /// <summary>A share 0..1 as a percentage: <c>32.6 %</c>.</summary>
    public static string Percent(double share) => Number(share * 100, 1) + "\u00A0%";

    /// <summary>A pain-point or delight reason in plain words.</summary>
    public static string Reason(FindingReason reason) => reason switch
    {
        FindingReason.LowEmotion => "low emotion",
        FindingReason.EmotionDrop => "sharp drop in emotion",
        FindingReason.HighEffort => "high effort (CES)",
        FindingReason.LowSatisfaction => "low satisfaction (CSAT)",
        FindingReason.DetractorHeavy => "more detractors than promoters (NPS)",
        FindingReason.HighEmotion => "high emotion",
        FindingReason.PromoterHeavy => "many promoters (NPS)",
        _ => reason.ToString(),
    };
}
