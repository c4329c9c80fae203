namespace JourneyKit.Comparison;

/// <summary>An entity present in both maps whose fields differ.</summary>
/// <param name="Kind">What the entity is.</param>
/// <param name="Id">The entity's id.</param>
/// <param name="Fields">The names of the fields that differ, in the order of the format.</param>
/// <param name="Changes">The same fields with their values before and after, in the same order.</param>
public sealed record EntityChange(EntityKind Kind, string Id, IReadOnlyList<string> Fields, IReadOnlyList<FieldChange> Changes);
