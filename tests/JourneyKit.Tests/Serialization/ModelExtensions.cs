using System.Text.Json;
using JourneyKit.Model;

namespace JourneyKit.Tests.Serialization;

/// <summary>Lists the unknown properties kept on every object of a map, with where they are.</summary>
internal static class ModelExtensions
{
    public static IReadOnlyList<(string Where, string Key, JsonElement Value)> All(JourneyMap map)
    {
        var found = new List<(string, string, JsonElement)>();
        void Add(string where, IDictionary<string, JsonElement>? data)
        {
            foreach (var (key, value) in data ?? new Dictionary<string, JsonElement>())
            {
                found.Add((where, key, value));
            }
        }

        Add("$", map.ExtensionData);
        foreach (var (p, i) in map.Personas.Select((p, i) => (p, i)))
        {
            Add($"$.personas[{i}]", p.ExtensionData);
        }

        foreach (var (s, i) in map.Stages.Select((s, i) => (s, i)))
        {
            Add($"$.stages[{i}]", s.ExtensionData);
            foreach (var (t, j) in s.Touchpoints.Select((t, j) => (t, j)))
            {
                Add($"$.stages[{i}].touchpoints[{j}]", t.ExtensionData);
                Add($"$.stages[{i}].touchpoints[{j}].responses", t.Responses?.ExtensionData);
            }
        }

        foreach (var (o, i) in map.Outcomes.Select((o, i) => (o, i)))
        {
            Add($"$.outcomes[{i}]", o.ExtensionData);
        }

        foreach (var (p, i) in map.Processes.Select((p, i) => (p, i)))
        {
            Add($"$.processes[{i}]", p.ExtensionData);
        }

        foreach (var (k, i) in map.Kpis.Select((k, i) => (k, i)))
        {
            Add($"$.kpis[{i}]", k.ExtensionData);
            Add($"$.kpis[{i}].scope", k.Scope?.ExtensionData);
            foreach (var (m, j) in k.Measurements.Select((m, j) => (m, j)))
            {
                Add($"$.kpis[{i}].measurements[{j}]", m.ExtensionData);
            }
        }

        foreach (var (o, i) in map.Opportunities.Select((o, i) => (o, i)))
        {
            Add($"$.opportunities[{i}]", o.ExtensionData);
        }

        foreach (var (c, i) in map.Competitors.Select((c, i) => (c, i)))
        {
            Add($"$.competitors[{i}]", c.ExtensionData);
        }

        foreach (var (b, i) in map.Playbooks.Select((b, i) => (b, i)))
        {
            Add($"$.playbooks[{i}]", b.ExtensionData);
            foreach (var (p, j) in b.Plays.Select((p, j) => (p, j)))
            {
                Add($"$.playbooks[{i}].plays[{j}]", p.ExtensionData);
                Add($"$.playbooks[{i}].plays[{j}].when", p.When?.ExtensionData);
            }
        }

        return found;
    }
}
