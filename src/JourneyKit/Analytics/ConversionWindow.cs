namespace JourneyKit.Analytics;

/// <summary>The conversion window the funnel was computed with.</summary>
public sealed record ConversionWindow
{
    /// <summary>The window's length in seconds (to 100 ns).</summary>
    public required double Seconds { get; init; }
}
