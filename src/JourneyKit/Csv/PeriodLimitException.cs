using System.Globalization;

namespace JourneyKit.Csv;

/// <summary>
/// A report over time would cover more periods than its limit allows (<c>MonitoringOptions.MaxPeriods</c>
/// for the monitoring series, <c>AnalyticsOptions.MaxCohortPeriods</c> for the analytics cohorts): every
/// period from the first to the last is a point or a group, so one answer or event in a far year would make a report of
/// millions of empty periods. Thrown when the report is made; the counts folded so far are intact.
/// </summary>
public sealed class PeriodLimitException : InvalidOperationException
{
    /// <summary>Creates the exception for a span of <paramref name="periods"/> periods against a limit of <paramref name="maxPeriods"/>.</summary>
    /// <param name="subject">What spans the periods, as the message names it: <c>answers</c>, <c>cohorts</c>.</param>
    /// <param name="unit">The period: <c>day</c>, <c>week</c> or <c>month</c>.</param>
    /// <param name="periods">How many periods the report would cover.</param>
    /// <param name="maxPeriods">The limit.</param>
    /// <param name="first">The first day of the first period.</param>
    /// <param name="last">The first day of the last period.</param>
    /// <param name="remedy">What to do, the last clause of the message (such as naming the option that raises the limit).</param>
    public PeriodLimitException(string subject, string unit, long periods, int maxPeriods, DateOnly first, DateOnly last, string remedy)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"The {subject} span {periods:N0} {unit}s, from the {unit} of {first:yyyy-MM-dd} to that of {last:yyyy-MM-dd}, more than the {maxPeriods:N0} periods a report may cover; {remedy}."))
    {
        Unit = unit;
        Periods = periods;
        MaxPeriods = maxPeriods;
        First = first;
        Last = last;
    }

    /// <summary>The default limit of both options: 10,000 periods (27 years of days, 192 years of weeks).</summary>
    public const int DefaultMaxPeriods = 10_000;

    /// <summary>The largest limit either option takes.</summary>
    public const int LargestMaxPeriods = 1_000_000;

    /// <summary>The period: <c>day</c>, <c>week</c> or <c>month</c>.</summary>
    public string Unit { get; }

    /// <summary>How many periods the report would cover, the first and the last included.</summary>
    public long Periods { get; }

    /// <summary>The limit that was exceeded.</summary>
    public int MaxPeriods { get; }

    /// <summary>The first day of the first period.</summary>
    public DateOnly First { get; }

    /// <summary>The first day of the last period.</summary>
    public DateOnly Last { get; }

    /// <summary>How many periods of <paramref name="unit"/> lie from the period starting on <paramref name="first"/> to that starting on <paramref name="last"/>, both included.</summary>
    internal static long Count(string unit, DateOnly first, DateOnly last) => unit switch
    {
        "day" => last.DayNumber - first.DayNumber + 1L,
        "week" => ((last.DayNumber - first.DayNumber) / 7L) + 1,
        _ => ((last.Year - first.Year) * 12L) + last.Month - first.Month + 1,
    };
}
