using System.Text.Json;

namespace JourneyKit.Comparison;

/// <summary>One field of an entity that differs between the maps, with its JSON value on each side.</summary>
/// <param name="Field">The field's name in the JSON format (<c>emotion</c>, <c>responses</c>, an unknown property's own name,
/// or the pseudo-field <c>touchpointOrder</c> of a stage).</param>
/// <param name="Before">The value in the <c>before</c> map; <see langword="null"/> when the field is absent there.</param>
/// <param name="After">The value in the <c>after</c> map; <see langword="null"/> when the field is absent there.</param>
public sealed record FieldChange(string Field, JsonElement? Before, JsonElement? After);
