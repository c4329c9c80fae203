using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Comparison;

/// <summary>
/// Compares the structure of two maps: personas, stages, touchpoints, outcomes, processes, KPIs,
/// opportunities, competitors and playbooks matched by id.
/// </summary>
/// <remarks>
/// <para>
/// Fields are compared as they are written in the JSON format, property by property, so every field
/// the format defines is covered, and so are unknown properties kept from the file. A field left
/// out and the same field given its documented default (<c>channel: "other"</c>, <c>weight: 1</c>,
/// <c>kind: "custom"</c> …) compare equal, and so do an absent collection and an empty one, a JSON
/// <c>null</c> and an absent field, and objects whose properties are in a different order.
/// </para>
/// <para>
/// A touchpoint is matched across the whole map; one that sits in another stage is reported once
/// in <see cref="StructuralDiff.Moved"/> (and in <see cref="StructuralDiff.Changed"/> only for its
/// other fields). A stage's touchpoints are entities of their own, so a stage's own change is
/// its fields plus the pseudo-field <c>touchpointOrder</c>: the touchpoints it keeps on both
/// sides, when they come in a different order.
/// </para>
/// <para>
/// The maps are expected to be valid. Entities without an id cannot be matched and are left out;
/// where an id repeats, the first entity with it counts.
/// </para>
/// </remarks>
/// <threadsafety>The class is stateless and safe to use from several threads at once.</threadsafety>
public static class StructuralDiffer
{
    /// <summary>The pseudo-field of a stage that reports its kept touchpoints in a new order.</summary>
    public const string TouchpointOrderField = "touchpointOrder";

    // The format's context, written compact: entities are compared, not shown, so indentation is waste.
    // -0 written as 0 (UnsignedZeroConverter): a changed value is never reported as -0.
    private static readonly JsonSerializerOptions Compact = new(JourneyJsonContext.Default.Options) { WriteIndented = false, Converters = { new UnsignedZeroConverter() } };

    /// <summary>Compares the structure of <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="before">The earlier map (or the current state).</param>
    /// <param name="after">The later map (or the future state).</param>
    /// <returns>What was added, removed, moved and changed going from <paramref name="before"/> to <paramref name="after"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    public static StructuralDiff Compare(JourneyMap before, JourneyMap after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var result = new Accumulator();

        result.Compare(EntityKind.Persona, before.Personas, after.Personas, static p => p.Id, static p => p with { Weight = p.Weight }, TypeInfo<Persona>());

        var beforeTouchpoints = TouchpointsByStage(before);
        var afterTouchpoints = TouchpointsByStage(after);
        result.Compare(
            EntityKind.Stage,
            before.Stages,
            after.Stages,
            static s => s.Id,
            static s => s with { Kind = s.Kind, Touchpoints = [] }, // its touchpoints are compared as entities of their own
            TypeInfo<Stage>(),
            (b, a) => TouchpointOrder(b, a, beforeTouchpoints, afterTouchpoints));

        var beforeAll = AllTouchpoints(before);
        var afterAll = AllTouchpoints(after);
        result.Compare(EntityKind.Touchpoint, beforeAll.Select(static p => p.Touchpoint), afterAll.Select(static p => p.Touchpoint), static t => t.Id, static t => t with { Channel = t.Channel }, TypeInfo<Touchpoint>());
        result.Moved.AddRange(Moves(beforeAll, afterAll));

        result.Compare(EntityKind.Outcome, before.Outcomes, after.Outcomes, static o => o.Id, static o => o with { Kind = o.Kind }, TypeInfo<Outcome>());
        result.Compare(EntityKind.Process, before.Processes, after.Processes, static p => p.Id, static p => p, TypeInfo<BusinessProcess>());
        result.Compare(EntityKind.Kpi, before.Kpis, after.Kpis, static k => k.Id, static k => k with { Direction = k.Direction, Calculator = k.Calculator }, TypeInfo<Kpi>());
        result.Compare(EntityKind.Opportunity, before.Opportunities, after.Opportunities, static o => o.Id, static o => o with { Status = o.Status }, TypeInfo<Opportunity>());
        result.Compare(EntityKind.Competitor, before.Competitors, after.Competitors, static c => c.Id, static c => c, TypeInfo<Competitor>());
        result.Compare(EntityKind.Playbook, before.Playbooks, after.Playbooks, static p => p.Id, static p => p, TypeInfo<Playbook>());

        return result.IsEmpty ? StructuralDiff.Empty : new StructuralDiff(result.Added, result.Removed, result.Moved, result.Changed);
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Compact.GetTypeInfo(typeof(T));

    /// <summary>
    /// Whether two values are the same JSON value. Both come from the same serializer, so equal values
    /// are nearly always equal bytes; the semantic comparison (numbers by value, objects in any order)
    /// runs only when the bytes differ, which keeps unchanged entities cheap.
    /// </summary>
    private static bool SameJson(JsonElement a, JsonElement b) =>
        JsonMarshal.GetRawUtf8Value(a).SequenceEqual(JsonMarshal.GetRawUtf8Value(b)) || JsonElement.DeepEquals(a, b);

    private static List<(string StageId, Touchpoint Touchpoint)> AllTouchpoints(JourneyMap map) =>
        [.. map.Stages.SelectMany(static s => s.Touchpoints.Select(t => (s.Id ?? string.Empty, t)))];

    private static Dictionary<string, List<string>> TouchpointsByStage(JourneyMap map)
    {
        // The stage a touchpoint id belongs to is its first occurrence, as for every other entity.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byStage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var stage in map.Stages)
        {
            if (stage.Id is null || byStage.ContainsKey(stage.Id))
            {
                continue;
            }

            byStage[stage.Id] = [.. stage.Touchpoints.Select(static t => t.Id).Where(id => id is not null && seen.Add(id))];
        }

        return byStage;
    }

    private static FieldChange? TouchpointOrder(Stage before, Stage after, Dictionary<string, List<string>> beforeByStage, Dictionary<string, List<string>> afterByStage)
    {
        var beforeIds = beforeByStage[before.Id];
        var afterIds = afterByStage[after.Id];
        var kept = new HashSet<string>(beforeIds, StringComparer.Ordinal);
        kept.IntersectWith(afterIds);
        var beforeOrder = beforeIds.Where(kept.Contains).ToList();
        var afterOrder = afterIds.Where(kept.Contains).ToList();
        return beforeOrder.SequenceEqual(afterOrder, StringComparer.Ordinal)
            ? null
            : new FieldChange(TouchpointOrderField, StringArray(beforeOrder), StringArray(afterOrder));
    }

    private static IEnumerable<TouchpointMove> Moves(List<(string StageId, Touchpoint Touchpoint)> before, List<(string StageId, Touchpoint Touchpoint)> after)
    {
        var beforeStage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (stageId, touchpoint) in before)
        {
            if (touchpoint.Id is not null)
            {
                beforeStage.TryAdd(touchpoint.Id, stageId);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (stageId, touchpoint) in after)
        {
            if (touchpoint.Id is not null && seen.Add(touchpoint.Id)
                && beforeStage.TryGetValue(touchpoint.Id, out var from) && !string.Equals(from, stageId, StringComparison.Ordinal))
            {
                yield return new TouchpointMove(touchpoint.Id, from, stageId);
            }
        }
    }

    private static JsonElement StringArray(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    private sealed class Accumulator
    {
        public List<EntityReference> Added { get; } = [];

        public List<EntityReference> Removed { get; } = [];

        public List<TouchpointMove> Moved { get; } = [];

        public List<EntityChange> Changed { get; } = [];

        public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Moved.Count == 0 && Changed.Count == 0;

        public void Compare<T>(
            EntityKind kind,
            IEnumerable<T> before,
            IEnumerable<T> after,
            Func<T, string?> id,
            Func<T, T> normalize,
            JsonTypeInfo<T> typeInfo,
            Func<T, T, FieldChange?>? extra = null)
            where T : class
        {
            var beforeById = ById(before, id);
            var afterById = ById(after, id);

            foreach (var (key, _) in afterById)
            {
                if (!beforeById.ContainsKey(key))
                {
                    Added.Add(new EntityReference(kind, key));
                }
            }

            foreach (var (key, _) in beforeById)
            {
                if (!afterById.ContainsKey(key))
                {
                    Removed.Add(new EntityReference(kind, key));
                }
            }

            foreach (var (key, afterEntity) in afterById)
            {
                if (beforeById.TryGetValue(key, out var beforeEntity))
                {
                    var changes = Fields(normalize(beforeEntity), normalize(afterEntity), typeInfo);
                    if (extra?.Invoke(beforeEntity, afterEntity) is { } change)
                    {
                        changes.Add(change);
                    }

                    if (changes.Count > 0)
                    {
                        Changed.Add(new EntityChange(kind, key, [.. changes.Select(static c => c.Field)], changes));
                    }
                }
            }
        }

        private static OrderedDictionary<string, T> ById<T>(IEnumerable<T> entities, Func<T, string?> id)
        {
            // Map order, first entity of each id.
            var result = new OrderedDictionary<string, T>(StringComparer.Ordinal);
            foreach (var entity in entities)
            {
                if (id(entity) is { } key)
                {
                    result.TryAdd(key, entity);
                }
            }

            return result;
        }

        private static List<FieldChange> Fields<T>(T before, T after, JsonTypeInfo<T> typeInfo)
        {
            // Equal bytes, the common case of an unchanged entity, need no parsing at all.
            var beforeBytes = JsonSerializer.SerializeToUtf8Bytes(before, typeInfo);
            var afterBytes = JsonSerializer.SerializeToUtf8Bytes(after, typeInfo);
            var changes = new List<FieldChange>();
            if (beforeBytes.AsSpan().SequenceEqual(afterBytes))
            {
                return changes;
            }

            var beforeFields = Properties(JsonElement.Parse(beforeBytes));
            var afterFields = Properties(JsonElement.Parse(afterBytes));

            // The format's own fields in the format's order, then unknown properties by name, so the
            // order does not depend on which side a field is missing from.
            var known = typeInfo.Properties.Where(static p => !p.IsExtensionData).Select(static p => p.Name).ToList();
            var unknown = beforeFields.Keys.Concat(afterFields.Keys).Distinct().Where(n => !known.Contains(n)).Order(StringComparer.Ordinal);

            foreach (var name in known.Concat(unknown))
            {
                JsonElement? b = beforeFields.TryGetValue(name, out var bv) ? bv : null;
                JsonElement? a = afterFields.TryGetValue(name, out var av) ? av : null;
                if (b is null && a is null)
                {
                    continue;
                }

                if (b is null || a is null || !SameJson(b.Value, a.Value))
                {
                    changes.Add(new FieldChange(name, b, a));
                }
            }

            return changes;
        }

        private static Dictionary<string, JsonElement> Properties(JsonElement element)
        {
            var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    properties.TryAdd(property.Name, property.Value);
                }
            }

            return properties;
        }
    }
}
