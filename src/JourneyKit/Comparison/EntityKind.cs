using System.Text.Json.Serialization;
using JourneyKit.Model;

namespace JourneyKit.Comparison;

/// <summary>The kinds of map entity the structural diff matches by id.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EntityKind>))]
public enum EntityKind
{
    /// <summary>A persona (<see cref="Model.Persona"/>).</summary>
    Persona,

    /// <summary>A stage (<see cref="Model.Stage"/>).</summary>
    Stage,

    /// <summary>A touchpoint (<see cref="Model.Touchpoint"/>); matched across the whole map, whatever its stage.</summary>
    Touchpoint,

    /// <summary>An outcome (<see cref="Model.Outcome"/>).</summary>
    Outcome,

    /// <summary>A business process (<see cref="Model.BusinessProcess"/>).</summary>
    Process,

    /// <summary>A KPI (<see cref="Model.Kpi"/>).</summary>
    Kpi,

    /// <summary>An opportunity (<see cref="Model.Opportunity"/>).</summary>
    Opportunity,

    /// <summary>A competitor (<see cref="Model.Competitor"/>).</summary>
    Competitor,

    /// <summary>A playbook (<see cref="Model.Playbook"/>) with its plays.</summary>
    Playbook,
}
