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

    /// <summary>
    /// Adds well-formed events tallied by touchpoint: <paramref name="perTouchpoint"/>[i] events on the
    /// touchpoint of dense index i, and its last element the events on touchpoints not in the map.
    /// </summary>
    public void AddTallies(AnalyticsMap map, ReadOnlySpan<long> perTouchpoint)
    {
        var codes = map.TouchpointCodes;
        for (var i = 0; i < codes.Length; i++)
        {
            Events += perTouchpoint[i];
            CountInitiators(codes[i], perTouchpoint[i]);
        }

        Events += perTouchpoint[codes.Length];
        Unknown += perTouchpoint[codes.Length];
    }

    /// <summary>Counts a well-formed event on a known touchpoint with the given code.</summary>
    public void CountKnown(int code) => CountInitiators(code, 1);

    /// <summary>Counts <paramref name="events"/> events on a touchpoint with the given code towards the customer-initiated share.</summary>
    private void CountInitiators(int code, long events)
    {
        var initiator = AnalyticsMap.InitiatorOf(code);
        if (initiator != AnalyticsMap.NoInitiator)
        {
            InitiatorStated += events;
            if (initiator == AnalyticsMap.CustomerInitiator)
            {
                CustomerInitiated += events;
            }
        }
    }
}
