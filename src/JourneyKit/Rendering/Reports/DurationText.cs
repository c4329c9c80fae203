namespace JourneyKit.Rendering;

/// <summary>A time in seconds as people read it in a chart label: <c>45 s</c>, <c>12 min</c>, <c>6.5 h</c>, <c>3.2 d</c>.</summary>
internal static class DurationText
{
    /// <summary>Formats <paramref name="seconds"/>, with at most one decimal.</summary>
    public static string Of(double seconds) => seconds switch
    {
        < 60 => ReportText.Number(seconds, seconds < 10 ? 1 : 0) + " s",
        < 3600 => ReportText.Number(seconds / 60, 1) + " min",
        < 2 * 86400 => ReportText.Number(seconds / 3600, 1) + " h",
        _ => ReportText.Number(seconds / 86400, 1) + " d",
    };
}
