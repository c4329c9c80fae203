using System.Globalization;
using JourneyKit.Rendering;

namespace JourneyKit.Cli.Commands;

/// <summary>
/// How the text reports write a number: the invariant culture, never <c>-0</c> (a negative value
/// that rounds to zero is written without its sign) and never <c>NaN</c> or <c>Infinity</c>
/// (refused: the format's limits keep every figure finite, see docs/reliability.md).
/// </summary>
/// <remarks>
/// Report figures go through <see cref="ReportText"/>, the rules of the HTML, SVG and Markdown reports: the same
/// decimals per kind, trailing zeros dropped, the ASCII minus, the same units for times. The one difference is
/// invisible: before <c>%</c> the text writes a plain space where the rendered reports write a no-break space.
/// </remarks>
internal static class TextNumber
{
    /// <summary>Decimals of a score, NPS, CSAT, importance or satisfaction.</summary>
    public const int ScoreDecimals = ReportText.ScoreDecimals;

    /// <summary>Decimals of a CES figure, an emotion or a KPI value.</summary>
    public const int FineDecimals = ReportText.FineDecimals;

    /// <summary>A figure with at most <paramref name="decimals"/> decimals: <c>61.4</c>, <c>61</c>, <c>-20</c>.</summary>
    public static string Number(double value, int decimals) => Checked(value, () => ReportText.Number(value, decimals));

    /// <summary>A score, NPS, CSAT, importance or satisfaction: one decimal at most.</summary>
    public static string Score(double value) => Number(value, ScoreDecimals);

    /// <summary>A CES figure, an emotion, a KPI value: two decimals at most.</summary>
    public static string Fine(double value) => Number(value, FineDecimals);

    /// <summary>An emotion with its sign: <c>+2</c>, <c>-1.5</c>, <c>0</c>.</summary>
    public static string Signed(double value) => Checked(value, () => ReportText.Signed(value));

    /// <summary>A share 0..1 as a percentage: <c>32.6 %</c>.</summary>
    public static string Percent(double share) => Checked(share, () => ReportText.Percent(share).Replace('\u00A0', ' '));

    /// <summary>A duration in minutes: <c>45 min</c>, <c>2.5 h</c>, <c>3 d</c>.</summary>
    public static string Minutes(double minutes) => Checked(minutes, () => ReportText.Minutes(minutes));

    /// <summary>A change of a duration in minutes, signed: <c>+2.1 d</c>, <c>-45 min</c>, <c>0 min</c>.</summary>
    public static string SignedMinutes(double minutes) => Checked(minutes, () => ReportText.SignedMinutes(minutes));

    /// <summary>A time in seconds: <c>5.3 s</c>, <c>45 s</c>, <c>30.5 min</c>, <c>48 h</c>, <c>2.9 d</c>.</summary>
    public static string Seconds(double seconds) => Checked(seconds, () => ReportText.Seconds(seconds));

    /// <summary>A signed figure such as a change: <c>+15</c>, <c>-2.5</c>, <c>0</c> (never <c>-0</c>).</summary>
    public static string Delta(double value, int decimals) => Checked(value, () => ReportText.Delta(value, decimals));

    /// <summary>A change of a share 0..1 in percentage points: <c>+9.8 pp</c>, <c>-0.5 pp</c>.</summary>
    public static string Points(double shareDifference) => Checked(shareDifference, () => ReportText.Points(shareDifference));

    /// <summary>A p-value: <c>0.0312</c>, <c>&lt; 0.0001</c>.</summary>
    public static string PValue(double p) => Checked(p, () => ReportText.PValue(p));

    /// <summary>A test statistic (z or t), two decimals at most: <c>1.72</c>, <c>-4.5</c>.</summary>
    public static string Statistic(double value) => Number(value, FineDecimals);

    private static string Checked(double value, Func<string> format)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"A report figure is {value.ToString(CultureInfo.InvariantCulture)}; the text report writes only finite numbers.");
        }

        return format();
    }

    /// <summary>
    /// Formats <paramref name="value"/> with a .NET number format such as <c>0.0</c>, without <c>-0</c> or <c>+0</c>. Kept for the score
    /// report's KPI trend (<c>+0.###/day</c>); every other figure goes through the helpers above.
    /// </summary>
    /// <param name="value">A finite number.</param>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">Thrown when <paramref name="value"/> is NaN or an infinity.</exception>
    public static string Format(double value, string format)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"A report figure is {value.ToString(CultureInfo.InvariantCulture)}; the text report writes only finite numbers.");
        }

        var text = value.ToString(format, CultureInfo.InvariantCulture);
        // A value that rounds to zero shows no sign: "0", never "-0" or "+0".
        return text.Length > 1 && text[0] is '-' or '+' && IsZero(text.AsSpan(1)) ? text[1..] : text;
    }

    private static bool IsZero(ReadOnlySpan<char> digits) => !digits.ContainsAnyExcept("0.");
}
