using JourneyKit.Model;

namespace JourneyKit.Scoring;

/// <summary>
/// The share of contacts the customer starts: among touchpoints that state an
/// <see cref="Touchpoint.Initiator"/>, the share whose initiator is the customer. Field research
/// puts it near two thirds; a much lower share suggests a journey driven by the company's
/// outreach rather than the customer's needs.
/// </summary>
public static class CustomerInitiatedShare
{
    /// <summary>Computes the share.</summary>
    /// <param name="touchpoints">The touchpoints.</param>
    /// <returns>The share, 0..1; <see langword="null"/> when no touchpoint states an initiator.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="touchpoints"/> is <see langword="null"/>.</exception>
    public static double? Of(IEnumerable<Touchpoint> touchpoints)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var stated = 0;
        var byCustomer = 0;
        foreach (var touchpoint in touchpoints)
        {
            if (touchpoint.Initiator is { } initiator)
            {
                stated++;
                if (initiator == Initiator.Customer)
                {
                    byCustomer++;
                }
            }
        }

        return stated == 0 ? null : (double)byCustomer / stated;
    }
}
