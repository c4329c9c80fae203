namespace JourneyKit.Analytics;

/// <summary>One breakdown value's customers folded: their reach, funnel and every funnel delta (kept whole so that a merge stays exact).</summary>
internal sealed class GroupState
{
    public GroupState(string? value, int stages, int funnelLength)
    {
        Value = value;
        Reach = new long[stages];
        Funnel = new long[funnelLength];
        Deltas = new LongList[funnelLength];
        for (var k = 0; k < funnelLength; k++)
        {
            Deltas[k] = new LongList();
        }
    }

    /// <summary>The breakdown value; <see langword="null"/> for an empty cell or a missing property.</summary>
    public string? Value { get; }

    public long Customers;

    public long[] Reach { get; }

    public long[] Funnel { get; }

    public LongList[] Deltas { get; }

    public void Merge(GroupState other, bool absorb)
    {
        Customers += other.Customers;
        for (var s = 0; s < Reach.Length; s++)
        {
            Reach[s] += other.Reach[s];
        }

        for (var k = 0; k < Funnel.Length; k++)
        {
            Funnel[k] += other.Funnel[k];
            if (absorb)
            {
                Deltas[k].Absorb(other.Deltas[k]);
            }
            else
            {
                Deltas[k].AddRange(other.Deltas[k].AsSpan());
            }
        }
    }

    public void Release()
    {
        foreach (var deltas in Deltas)
        {
            deltas.Release();
        }
    }
}

/// <summary>One customer's row of the customers-out list: their funnel depth, entry t₁ (ticks, -1 when none) and breakdown value.</summary>
internal readonly record struct CustomerRow(string CustomerId, int Depth, long EntryTicks, string? Group);

/// <summary>The UTC periods of the cohorts, as the day number (<see cref="DateOnly.DayNumber"/>) of their first day.</summary>
internal static class CohortPeriods
{
    /// <summary>The first day of the period holding <paramref name="utcTicks"/>: the day, the ISO week's Monday, or the month's first day.</summary>
    public static int StartOf(long utcTicks, CohortPeriod period)
    {
        var day = (int)(utcTicks / TimeSpan.TicksPerDay);
        return period switch
        {
            CohortPeriod.Day => day,
            // DayNumber 0 (0001-01-01) is a Monday, so a week starts at a multiple of 7.
            CohortPeriod.Week => day - (day % 7),
            _ => DateOnly.FromDayNumber(day) is var date ? new DateOnly(date.Year, date.Month, 1).DayNumber : 0,
        };
    }

    /// <summary>The first day of the period after the one starting on <paramref name="start"/>.</summary>
    public static int Next(int start, CohortPeriod period) => period switch
    {
        CohortPeriod.Day => start + 1,
        CohortPeriod.Week => start + 7,
        _ => DateOnly.FromDayNumber(start).AddMonths(1).DayNumber,
    };
}
