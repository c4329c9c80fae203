using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>What a comparison of two maps measures.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiffKind>))]
public enum DiffKind
{
    /// <summary>Both maps are current states (two snapshots): the effect a change actually had.</summary>
    Measured,

    /// <summary>
    /// Either map is a future state — normally a future-state map against the current map its <c>baseMapId</c>
    /// names: the effect the plan promises.
    /// </summary>
    Projected,
}
