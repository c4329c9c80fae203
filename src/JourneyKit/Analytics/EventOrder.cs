namespace JourneyKit.Analytics;

/// <summary>What the caller promises about the order of the events.</summary>
public enum EventOrder
{
    /// <summary>
    /// Any order. Every event is kept (13 bytes each, in columns) until the end, so memory grows with
    /// the number of events; both cores are used.
    /// </summary>
    Any,

    /// <summary>
    /// Each customer's events come together (in any order among themselves). A customer is folded as soon as
    /// the next one begins, so memory grows with the number of customers, not of events. A customer whose
    /// events appear in two separate runs breaks the promise and is reported with an <see cref="ArgumentException"/>.
    /// </summary>
    GroupedByCustomer,
}
