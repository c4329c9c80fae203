namespace JourneyKit.Analytics;

/// <summary>How <see cref="JourneyAnalyzer"/> reads the events.</summary>
public sealed record AnalyticsOptions
{
    /// <summary>The options used when none are given.</summary>
    public static AnalyticsOptions Default { get; } = new();

    /// <summary>What the caller promises about the order of in-memory events (CSV input is always read as <see cref="EventOrder.Any"/>).</summary>
    /// <value>The default value is <see cref="EventOrder.Any"/>.</value>
    public EventOrder Order { get; init; } = EventOrder.Any;

    /// <summary>How many threads read and fold the events.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>. Allowed: 1 to 64.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>For CSV input: stop reading at the first malformed line or unknown touchpoint (the <c>--strict</c> mode).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool StopAtFirstProblem { get; init; }

    /// <summary>For CSV input: receives the number of bytes read so far, about every 4 MiB.</summary>
    /// <value>The default value is <see langword="null"/> (no reports).</value>
    public IProgress<long>? Progress { get; init; }

    internal int Shards()
    {
        if (MaxDegreeOfParallelism is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Value should be in range [1-64]");
        }

        return MaxDegreeOfParallelism;
    }
}
