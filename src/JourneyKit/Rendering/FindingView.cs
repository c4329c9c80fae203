namespace JourneyKit.Rendering;

/// <summary>A pain point or a moment of delight at a touchpoint, as the score report states it.</summary>
/// <param name="Reasons">The reasons that hold, as the report's camelCase names.</param>
/// <param name="PersonaIds">The personas for whom an emotion reason holds.</param>
internal sealed record FindingView(IReadOnlyList<string> Reasons, IReadOnlyList<string> PersonaIds);
