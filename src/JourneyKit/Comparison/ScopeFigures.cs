using JourneyKit.Measures;
using JourneyKit.Metrics;
using JourneyKit.Scoring;

namespace JourneyKit.Comparison;

/// <summary>The figures of one journey, stage or touchpoint on one side of a comparison.</summary>
internal sealed record ScopeFigures(
    double? Score,
    NpsTally? Nps,
    CsatTally? Csat,
    CesTally? Ces,
    ValueStream ValueStream,
    int PainPoints);
