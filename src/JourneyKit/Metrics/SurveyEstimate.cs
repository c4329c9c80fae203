using System.Text.Json.Serialization;

namespace JourneyKit.Metrics;

/// <summary>
/// A survey figure (NPS, CSAT or CES) with its interval and the number of answers behind it;
/// serialized as <c>{ "value", "low", "high", "n" }</c>.
/// </summary>
/// <param name="Value">The point estimate: NPS on −100..100, CSAT on 0..100, CES mean on 1..7.</param>
/// <param name="Low">The lower end of the interval; never above <paramref name="Value"/>.</param>
/// <param name="High">The upper end of the interval; never below <paramref name="Value"/>.</param>
/// <param name="N">The number of answers the figure is computed from; at least 1.</param>
/// <remarks>
/// Tallies produce estimates only when they hold at least one answer: an empty tally has no
/// estimate (<see langword="null"/>), never a zero. With one answer the NPS and CES intervals are the point; CSAT keeps its Wilson interval (one answer of 1: [0, 79.35]).
/// </remarks>
public readonly record struct SurveyEstimate(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("low")] double Low,
    [property: JsonPropertyName("high")] double High,
    [property: JsonPropertyName("n")] long N);
