namespace JourneyKit.Comparison;

/// <summary>A touchpoint that is in both maps but in a different stage.</summary>
/// <param name="Id">The touchpoint's id.</param>
/// <param name="FromStageId">The id of its stage in the <c>before</c> map.</param>
/// <param name="ToStageId">The id of its stage in the <c>after</c> map.</param>
public sealed record TouchpointMove(string Id, string FromStageId, string ToStageId);
