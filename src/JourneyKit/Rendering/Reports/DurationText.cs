namespace JourneyKit.Rendering;

/// <summary>A time in seconds as people read it in a chart label: <c>45 s</c>, <c>12 min</c>, <c>6.5 h</c>, <c>3.2 d</c>.</summary>
internal static class DurationText
{
    /// <summary>Formats <paramref name="seconds"/>, with at most one decimal: <see cref="ReportText.Seconds"/>, the rule of every report.</summary>
    public static string Of(double seconds) => ReportText.Seconds(seconds);
}
