using JourneyKit.Kpis;

namespace Contoso.Journeys;

/// <summary>
/// Churn rate: the mean of the three most recent monthly churn measurements (in %),
/// which smooths one unusual month without hiding a trend.
/// </summary>
public sealed class ChurnRateCalculator : IKpiCalculator
{
    private const int Months = 3;

    public string Key => "churnRate";

    public double? Calculate(KpiContext context)
    {
        // Sorted by time whatever the order in the file.
        var measurements = context.MeasurementsInTimeOrder;
        if (measurements.Count == 0)
        {
            return null; // nothing measured yet: the KPI's status is "unknown"
        }

        var recent = measurements.Skip(Math.Max(0, measurements.Count - Months)).ToList();
        return recent.Average(m => m.Value);
    }
}
