using JourneyKit.Scoring;

namespace JourneyKit.DependencyInjection;

/// <summary>
/// The options of the JourneyKit services, configured with
/// <c>services.AddJourneyKit(options =&gt; …)</c> or bound from configuration through the options
/// pattern, and validated when the container starts.
/// </summary>
public sealed class JourneyKitOptions
{
    /// <summary>The scoring thresholds.</summary>
    /// <value>The default value is a <see cref="ScoringOptions"/> with the design's defaults.</value>
    public ScoringOptions Scoring { get; set; } = new();
}
