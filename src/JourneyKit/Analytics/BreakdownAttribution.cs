using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>Which of a customer's events on a touchpoint of the map gives their breakdown value.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BreakdownAttribution>))]
public enum BreakdownAttribution
{
    /// <summary>Their first event, in (time, stage in map order, input order) order.</summary>
    First,

    /// <summary>Their last event in that order.</summary>
    Last,
}
