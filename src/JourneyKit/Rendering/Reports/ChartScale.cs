namespace JourneyKit.Rendering;

/// <summary>
/// Maps data values to pixels along one axis: linear, or logarithmic for times that span seconds to weeks,
/// and picks the ticks people read (0, 25 %, 50 % …; 1 min, 1 h, 1 d …).
/// </summary>
internal sealed class ChartScale
{
    /// <summary>The ticks of a time axis in seconds, with their labels.</summary>
    public static readonly (double Seconds, string Label)[] TimeTicks =
    [
        (1, "1 s"), (10, "10 s"), (60, "1 min"), (600, "10 min"), (3600, "1 h"), (6 * 3600, "6 h"),
        (86400, "1 d"), (7 * 86400, "1 wk"), (30 * 86400, "30 d"), (365 * 86400, "1 yr"), (3650 * 86400, "10 yr"),
    ];

    private readonly double _min;
    private readonly double _max;
    private readonly double _from;
    private readonly double _to;
    private readonly bool _log;

    private ChartScale(double min, double max, double from, double to, bool log)
    {
        _min = min;
        _max = max;
        _from = from;
        _to = to;
        _log = log;
    }

    /// <summary>The lowest value of the domain.</summary>
    public double Min => _min;

    /// <summary>The highest value of the domain.</summary>
    public double Max => _max;

    /// <summary>A linear scale from <paramref name="min"/> (at pixel <paramref name="from"/>) to <paramref name="max"/> (at <paramref name="to"/>).</summary>
    public static ChartScale Linear(double min, double max, double from, double to) =>
        new(min, max > min ? max : min + 1, from, to, log: false);

    /// <summary>
    /// A logarithmic time scale covering every value of <paramref name="seconds"/>, widened to the time ticks
    /// around them (at least 1 s to 1 h); values below 1 s are drawn at 1 s.
    /// </summary>
    public static ChartScale Time(IEnumerable<double> seconds, double from, double to)
    {
        var values = seconds.Where(double.IsFinite).Select(s => Math.Max(1, s)).ToList();
        var low = values.Count == 0 ? 1 : values.Min();
        var high = values.Count == 0 ? 3600 : values.Max();
        var lowIndex = Math.Max(0, Array.FindLastIndex(TimeTicks, t => t.Seconds <= low));
        var highIndex = Array.FindIndex(TimeTicks, t => t.Seconds >= high);
        highIndex = highIndex < 0 ? TimeTicks.Length - 1 : highIndex;
        // Too narrow a range reads as one or two ticks: widen it a tick at a time, below and above in turn, to two decades.
        for (var below = true; TimeTicks[highIndex].Seconds / TimeTicks[lowIndex].Seconds < 100 && (lowIndex > 0 || highIndex < TimeTicks.Length - 1); below = !below)
        {
            if ((below && lowIndex > 0) || highIndex == TimeTicks.Length - 1)
            {
                lowIndex--;
            }
            else
            {
                highIndex++;
            }
        }

        var min = TimeTicks[lowIndex].Seconds;
        var max = TimeTicks[highIndex].Seconds;
        return new ChartScale(min, Math.Max(max, min * 10), from, to, log: true);
    }

    /// <summary>The pixel of <paramref name="value"/>, clamped to the domain.</summary>
    public double Map(double value)
    {
        var v = Math.Clamp(double.IsFinite(value) ? value : _min, _min, _max);
        var share = _log ? (Math.Log(v) - Math.Log(_min)) / (Math.Log(_max) - Math.Log(_min)) : (v - _min) / (_max - _min);
        return _from + (share * (_to - _from));
    }

    /// <summary>The time ticks inside the domain of a time scale.</summary>
    public IEnumerable<(double Seconds, string Label)> TimeTicksInside() => TimeTicks.Where(t => t.Seconds >= _min && t.Seconds <= _max);

    /// <summary>About <paramref name="count"/> round ticks inside a linear domain (steps of 1, 2, 2.5 or 5 × 10ⁿ).</summary>
    public IReadOnlyList<double> LinearTicks(int count)
    {
        var span = _max - _min;
        var raw = span / Math.Max(1, count);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(_min / step) * step; t <= _max + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        }

        return ticks;
    }
}
