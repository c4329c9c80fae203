using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// What the query needs of a map, checked before a line is written: the ids the format's id rule
/// allows (so they are safe unescaped in JSON and, quoted, in SQL), unique stage and touchpoint ids,
/// between 1 and 255 stages (the in-memory engine's limit). Analytics may not use the validator
/// (layers), so the rules it relies on are read from <see cref="IdRule"/> in the model.
/// </summary>
internal static class SqlMapCheck
{
    public static void Check(JourneyMap map)
    {
        CheckId(map.Id, "$.id");
        if (map.Stages is null || map.Stages.Count == 0)
        {
            throw Refuse("$.stages: the map has no stage; analytics needs at least one.");
        }

        if (map.Stages.Count > AnalyticsMap.MaxStages)
        {
            throw Refuse($"$.stages: the map has {map.Stages.Count} stages; analytics supports at most {AnalyticsMap.MaxStages}.");
        }

        var stageIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var touchpointIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < map.Stages.Count; s++)
        {
            var stage = map.Stages[s] ?? throw Refuse($"$.stages[{s}]: must be a stage, not null.");
            CheckId(stage.Id, $"$.stages[{s}].id");
            if (!stageIds.TryAdd(stage.Id, s))
            {
                throw Refuse($"$.stages[{s}].id: \"{stage.Id}\" is already used by $.stages[{stageIds[stage.Id]}]; stage ids must be unique.");
            }

            var touchpoints = stage.Touchpoints ?? [];
            for (var t = 0; t < touchpoints.Count; t++)
            {
                var path = $"$.stages[{s}].touchpoints[{t}]";
                var touchpoint = touchpoints[t] ?? throw Refuse($"{path}: must be a touchpoint, not null.");
                CheckId(touchpoint.Id, path + ".id");
                if (!touchpointIds.TryAdd(touchpoint.Id, path))
                {
                    throw Refuse($"{path}.id: \"{touchpoint.Id}\" is already used by {touchpointIds[touchpoint.Id]}; touchpoint ids must be unique across the map.");
                }
            }
        }
    }

    private static void CheckId(string? id, string path)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw Refuse($"{path}: the id is missing.");
        }

        if (!IdRule.IsWellFormed(id))
        {
            throw Refuse($"{path}: the id may contain only letters, digits and the characters '.', '_', ':' and '-'.");
        }
    }

    private static ArgumentException Refuse(string problem) =>
        new($"The map cannot be turned into SQL: {problem} Validate the map (journeykit validate) and fix it first.", "map");
}
