using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>
/// The ids of every collection of the map being validated, built once per validation and handed
/// to the nested validators through FluentValidation's root context data, so that each reference
/// resolves in constant time.
/// </summary>
internal sealed class MapIndex
{
    private const string Key = "JourneyKit.Validation.MapIndex";

    private MapIndex()
    {
    }

    public IdSet Personas { get; } = new();

    public IdSet Stages { get; } = new();

    public IdSet Touchpoints { get; } = new();

    public IdSet Processes { get; } = new();

    public IdSet Kpis { get; } = new();

    public IdSet Outcomes { get; } = new();

    /// <summary>Stage ids then touchpoint ids: what <c>nps</c>, <c>csat</c> and <c>ces</c> plays may target.</summary>
    public IdSet StagesAndTouchpoints { get; } = new();

    public static MapIndex Build(JourneyMap map)
    {
        var index = new MapIndex();
        foreach (var persona in map.Personas)
        {
            index.Personas.Add(persona?.Id);
        }

        foreach (var stage in map.Stages)
        {
            index.Stages.Add(stage?.Id);
            index.StagesAndTouchpoints.Add(stage?.Id);
        }

        foreach (var stage in map.Stages)
        {
            foreach (var touchpoint in stage?.Touchpoints ?? [])
            {
                index.Touchpoints.Add(touchpoint?.Id);
                index.StagesAndTouchpoints.Add(touchpoint?.Id);
            }
        }

        foreach (var process in map.Processes)
        {
            index.Processes.Add(process?.Id);
        }

        foreach (var kpi in map.Kpis)
        {
            index.Kpis.Add(kpi?.Id);
        }

        foreach (var outcome in map.Outcomes)
        {
            index.Outcomes.Add(outcome?.Id);
        }

        return index;
    }

    public void AttachTo(IValidationContext context) => context.RootContextData[Key] = this;

    public static MapIndex Of(IValidationContext context) =>
        context.RootContextData.TryGetValue(Key, out var value) && value is MapIndex index
            ? index
            : throw new InvalidOperationException("The nested journey validators run only under JourneyValidator, which supplies the map index.");
}
