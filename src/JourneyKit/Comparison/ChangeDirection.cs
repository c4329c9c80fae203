using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>Whether a figure moved the way that is good for it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChangeDirection>))]
public enum ChangeDirection
{
    /// <summary>The figure moved the good way (up for a higher-is-better figure, down for a lower-is-better one).</summary>
    Better,

    /// <summary>The figure moved the bad way.</summary>
    Worse,

    /// <summary>The figure did not move: |difference| &lt; <see cref="JourneyComparer.UnchangedTolerance"/>.</summary>
    Unchanged,
}
