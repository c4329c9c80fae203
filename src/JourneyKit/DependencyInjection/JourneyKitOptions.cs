using JourneyKit.Scoring;
using JourneyKit.Serialization;
using JourneyKit.Validation;

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

    /// <summary>The reader's limits (document size, depth, string length).</summary>
    /// <value>The default value is a <see cref="JourneySerializerOptions"/> with its documented defaults.</value>
    public JourneySerializerOptions Serializer { get; set; } = new();

    /// <summary>
    /// The validator's length limits and extra KPI calculator keys. The keys of every registered
    /// <see cref="Kpis.IKpiCalculator"/> are known to the registered validator whatever this holds.
    /// </summary>
    /// <value>The default value is a <see cref="JourneyValidatorOptions"/> with its documented defaults.</value>
    public JourneyValidatorOptions Validation { get; set; } = new();
}
