namespace JourneyKit.Analytics;

/// <summary>Event-level tallies a worker keeps while it reads, added to an <see cref="AnalyticsState"/> at the end.</summary>
internal struct EventCounts
{
    public long Events;
    public long Malformed;
    public long Unknown;
    public long InitiatorStated;
    public long CustomerInitiated;

    public void Add(in EventCounts other)
    {
        Events += other.Events;
        Malformed += other.Malformed;
        Unknown += other.Unknown;
        InitiatorStated += other.InitiatorStated;
        CustomerInitiated += other.CustomerInitiated;
    }

    /// <summary>Counts a well-formed event on a known touchpoint with the given code.</summary>
    public void CountKnown(int code)
    {
        var initiator = AnalyticsMap.InitiatorOf(code);
        if (initiator != AnalyticsMap.NoInitiator)
        {
            InitiatorStated++;
            if (initiator == AnalyticsMap.CustomerInitiator)
            {
                CustomerInitiated++;
            }
        }
    }
}
