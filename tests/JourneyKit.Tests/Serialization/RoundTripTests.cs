using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

public class RoundTripTests
{
    private static readonly JourneySerializer Serializer = new();

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { Path.Combine(AppContext.BaseDirectory, "Serialization", "Data", "every-field.json") };
        var examples = RepositoryRoot.Combine("docs", "examples");
        if (Directory.Exists(examples))
        {
            foreach (var file in Directory.EnumerateFiles(examples, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Fact]
    public void WriteReadWrite_RandomMaps_GivesTheSameBytes()
    {
        var property = Prop.ForAll(MapGenerators.WithExtensions.ToArbitrary(), map =>
        {
            var first = Serializer.Write(map);
            var second = Serializer.Write(Serializer.Read(first));
            return (first == second).Label($"second write differs:\n{first}\n---\n{second}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Fact]
    public void Read_RandomMaps_KeepsUnknownPropertiesAtEveryLevel()
    {
        var property = Prop.ForAll(MapGenerators.WithExtensions.ToArbitrary(), map =>
        {
            var before = ModelExtensions.All(map);
            var after = ModelExtensions.All(Serializer.Read(Serializer.Write(map)));
            var same = before.Count == after.Count && before.Zip(after).All(static p =>
                p.First.Where == p.Second.Where && p.First.Key == p.Second.Key && JsonElement.DeepEquals(p.First.Value, p.Second.Value));
            return same.Label($"unknown properties before: {Describe(before)}; after: {Describe(after)}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    [Fact]
    public void Generator_PutsUnknownPropertiesOnEveryKindOfObject()
    {
        // Guards the two properties above: they prove nothing about a level the generator never fills.
        var levels = MapGenerators.WithExtensions.Sample(200)
            .SelectMany(ModelExtensions.All)
            .Select(static e => System.Text.RegularExpressions.Regex.Replace(e.Where, @"\[\d+\]", "[]"))
            .ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "$", "$.personas[]", "$.stages[]", "$.stages[].touchpoints[]", "$.stages[].touchpoints[].responses",
                "$.outcomes[]", "$.processes[]", "$.kpis[]", "$.kpis[].scope", "$.kpis[].measurements[]",
                "$.opportunities[]", "$.competitors[]", "$.playbooks[]", "$.playbooks[].plays[]", "$.playbooks[].plays[].when",
            },
            levels);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ReadWrite_ShippedDocuments_KeepEveryProperty(string file)
    {
        var text = File.ReadAllText(file);

        var written = Serializer.Write(Serializer.Read(text));

        var expected = Normalize(JsonNode.Parse(text, documentOptions: Lenient));
        var actual = Normalize(JsonNode.Parse(written));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{Path.GetFileName(file)} changed on read and write:\nexpected {expected?.ToJsonString()}\nactual   {actual?.ToJsonString()}");
    }

    [Fact]
    public void ReadWrite_EveryFieldFixture_KeepsTheUnknownProperties()
    {
        var map = Serializer.ReadFile(Path.Combine(AppContext.BaseDirectory, "Serialization", "Data", "every-field.json"));

        var keys = ModelExtensions.All(map).Select(static e => $"{e.Where}:{e.Key}").ToList();

        Assert.Equal(
            [
                "$:x-map", "$.personas[0]:x-persona", "$.stages[0]:x-stage", "$.stages[0].touchpoints[0]:x-touchpoint",
                "$.stages[0].touchpoints[0].responses:x-survey", "$.outcomes[0]:x-outcome", "$.processes[0]:x-process",
                "$.kpis[0]:x-kpi", "$.kpis[0].scope:x-scope", "$.kpis[0].measurements[0]:x-measurement",
                "$.opportunities[0]:x-opportunity", "$.competitors[0]:x-competitor", "$.playbooks[0]:x-playbook",
                "$.playbooks[0].plays[0]:x-play", "$.playbooks[0].plays[0].when:x-when",
            ],
            keys);
        Assert.Contains("\"x-outcome\": 1e300", Serializer.Write(map), StringComparison.Ordinal);
    }

    private static string Describe(IReadOnlyList<(string Where, string Key, JsonElement Value)> items) =>
        string.Join(", ", items.Select(static i => $"{i.Where}.{i.Key}={i.Value.GetRawText()}"));

    // A known property written as null or as an empty list means the same as an absent one, and the
    // writer leaves it out; unknown (x-) properties are kept exactly, so they are not normalised.
    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (!key.StartsWith("x-", StringComparison.Ordinal)
                        && (value is null || value is JsonArray { Count: 0 } || value is JsonObject { Count: 0 }))
                    {
                        obj.Remove(key);
                    }
                    else if (!key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Normalize(value);
                    }
                }

                return obj;

            case JsonArray array:
                foreach (var item in array)
                {
                    Normalize(item);
                }

                return array;

            default:
                return node;
        }
    }
}
