namespace JourneyKit.Analytics;

/// <summary>One event of a customer reduced to what the fold needs: when (UTC ticks) and which stage.</summary>
internal readonly record struct TimedStage(long Ticks, int Stage) : IComparable<TimedStage>
{
    /// <summary>Time order, ties by stage order: the order of the definitions.</summary>
    public int CompareTo(TimedStage other)
    {
        var byTime = Ticks.CompareTo(other.Ticks);
        return byTime != 0 ? byTime : Stage.CompareTo(other.Stage);
    }
}
