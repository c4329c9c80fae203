namespace JourneyKit.Comparison;

/// <summary>An entity of a map, named by its kind and id: one row of <c>added</c> or <c>removed</c>.</summary>
/// <param name="Kind">What the entity is.</param>
/// <param name="Id">The entity's id.</param>
public sealed record EntityReference(EntityKind Kind, string Id);
