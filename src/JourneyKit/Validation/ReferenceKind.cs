namespace JourneyKit.Validation;

/// <summary>What a reference may point to: the collection it resolves against and how to name it in a message.</summary>
/// <param name="Noun">The singular, e.g. "process".</param>
/// <param name="Plural">The plural, e.g. "processes".</param>
/// <param name="Location">Where those items live, as a JSON path.</param>
/// <param name="Ids">Selects the ids from the map index.</param>
internal sealed record ReferenceKind(string Noun, string Plural, string Location, Func<MapIndex, IdSet> Ids)
{
    public static ReferenceKind Persona { get; } = new("persona", "personas", "$.personas", static i => i.Personas);

    public static ReferenceKind Stage { get; } = new("stage", "stages", "$.stages", static i => i.Stages);

    public static ReferenceKind Touchpoint { get; } = new("touchpoint", "touchpoints", "$.stages[*].touchpoints", static i => i.Touchpoints);

    public static ReferenceKind StageOrTouchpoint { get; } = new("stage or touchpoint", "stages or touchpoints", "$.stages or $.stages[*].touchpoints", static i => i.StagesAndTouchpoints);

    public static ReferenceKind Process { get; } = new("process", "processes", "$.processes", static i => i.Processes);

    public static ReferenceKind Kpi { get; } = new("KPI", "KPIs", "$.kpis", static i => i.Kpis);

    public static ReferenceKind Outcome { get; } = new("outcome", "outcomes", "$.outcomes", static i => i.Outcomes);

    /// <summary>The sentence for a reference that does not resolve.</summary>
    /// <param name="subject">What refers, with its value: <c>'processId' "catalog"</c>.</param>
    /// <param name="index">The ids of the map.</param>
    /// <param name="reason">Why this kind is expected, if not obvious; starts with a comma or a space.</param>
    public string Dangling(string subject, MapIndex index, string? reason = null) =>
        $"{subject} is not the id of any {Noun} in {Location}{reason}; {Describe.OneOf(Ids(index).Ordered, $"the map has no {Plural}")}.";
}
