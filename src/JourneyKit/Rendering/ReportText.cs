using System.Globalization;
using JourneyKit.Scoring;

namespace JourneyKit.Rendering;

/// <summary>
/// How numbers, times and finding reasons read in every rendered format (invariant culture), and in the command
/// line's text reports, which use these same rules: one number format everywhere.
/// </summary>
/// <remarks>
/// The minus sign is the ASCII hyphen-minus <c>-</c> (U+002D) in every format, in figures and in prose alike: it is what
/// the JSON and CSV outputs write, it copies into a spreadsheet or a shell as a number, and every console shows it.
/// Figures are rounded half away from zero to a fixed number of decimals per kind (scores, NPS, CSAT, importance,
/// satisfaction 1; CES, emotions, KPI values 2; minutes 1; shares 1 as a percentage) and written without trailing zeros
/// (<c>61.4</c>, <c>61</c>), never as <c>-0</c>.
/// </remarks>
internal static class ReportText
{
    /// <summary>The minus sign of every rendered format and text report.</summary>
    public const char Minus = '-';

    /// <summary>Decimals of a score (0..100), an NPS or a CSAT figure, an importance or a satisfaction.</summary>
    public const int ScoreDecimals = 1;

    /// <summary>Decimals of a CES figure (1..7), an emotion or a KPI value.</summary>
    public const int FineDecimals = 2;

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

    /// <summary>An emotion with its sign: <c>+2</c>, <c>-1.5</c>, <c>0</c>.</summary>
    public static string Signed(double value) => Delta(value, FineDecimals);

    /// <summary>
    /// A signed figure, such as a change, with at most <paramref name="decimals"/> decimals: <c>+15</c>, <c>-2.5</c>, and
    /// <c>0</c> without a sign when it rounds to zero (never <c>-0</c> or <c>+0</c>).
    /// </summary>
    public static string Delta(double value, int decimals)
    {
        var text = Number(Math.Abs(value), decimals);
        return text == "0" ? "0" : (value > 0 ? "+" : Minus.ToString()) + text;
    }

    /// <summary>A change of a share 0..1 in percentage points, signed: <c>+9.8 pp</c>, <c>-0.5 pp</c>, <c>0 pp</c>.</summary>
    public static string Points(double shareDifference) => Delta(shareDifference * 100, 1) + " pp";

    /// <summary>A change of a duration in minutes, signed and in the unit <see cref="Minutes"/> picks for its size: <c>+2.1 d</c>, <c>-45 min</c>, <c>0 min</c>.</summary>
    public static string SignedMinutes(double minutes)
    {
        var text = Minutes(Math.Abs(minutes));
        return text.StartsWith("0 ", StringComparison.Ordinal) ? text : (minutes > 0 ? "+" : Minus.ToString()) + text;
    }

    /// <summary>
    /// A time in seconds, by the same rule as <see cref="Minutes"/> from a minute on, and in seconds below it (one decimal
    /// below 10 s, none from 10 s): <c>5.3 s</c>, <c>45 s</c>, <c>30.5 min</c>, <c>90 min</c>, <c>48 h</c>, <c>2.9 d</c>.
    /// </summary>
    public static string Seconds(double seconds)
    {
        var decimals = Math.Abs(seconds) < 10 ? 1 : 0;
        return Math.Abs(Math.Round(seconds, decimals, MidpointRounding.AwayFromZero)) < 60
            ? Number(seconds, decimals) + " s"
            : Minutes(seconds / 60);
    }

    /// <summary>A p-value to four decimals, <c>&lt; 0.0001</c> below that: <c>0.0312</c>, <c>1</c>.</summary>
    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : Number(p, 4);

    /// <summary>
    /// A duration in minutes as people read it: minutes below 2 hours, hours below 2 days, then days, one decimal at
    /// most (<c>119 min</c>, <c>25 h</c>, <c>2.1 d</c>).
    /// </summary>
    public static string Minutes(double minutes) => minutes switch
    {
        >= 2880 => Number(minutes / 1440, 1) + " d",
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
