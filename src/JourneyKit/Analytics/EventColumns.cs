namespace JourneyKit.Analytics;

/// <summary>
/// The names of the three columns of an event table that <see cref="JourneyAnalyticsSql"/> reads:
/// who, which touchpoint, when. Names are used as given (case included) and quoted for the dialect.
/// </summary>
public sealed record EventColumns
{
    /// <summary>The column of customer ids (text).</summary>
    /// <value>The default value is <c>customerId</c>.</value>
    public string CustomerId { get; init; } = "customerId";

    /// <summary>The column of touchpoint ids (text).</summary>
    /// <value>The default value is <c>touchpointId</c>.</value>
    public string TouchpointId { get; init; } = "touchpointId";

    /// <summary>The column of event times (a timestamp with time zone: see <see cref="SqlDialect"/>).</summary>
    /// <value>The default value is <c>timestamp</c>.</value>
    public string Timestamp { get; init; } = "timestamp";
}
