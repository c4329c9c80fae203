using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Serialization;

public partial class JourneySchemaTests
{
    private const string SchemaFile = "docs/journeykit.schema.json";

    private static readonly JsonObject Schema = JsonNode.Parse(JourneySchema.Export())!.AsObject();

    [Fact]
    public void CheckedInSchema_MatchesTheModel()
    {
        var checkedIn = File.ReadAllText(RepositoryRoot.Combine(SchemaFile.Split('/')));

        Assert.True(
            checkedIn == JourneySchema.Export(),
            $"{SchemaFile} differs from the schema the model generates. If the change to the model is intended, regenerate the file with " +
            $"'dotnet run --project src/JourneyKit.Cli -- schema -o {SchemaFile}' and commit it.");
    }

    [Fact]
    public void Export_IsDraft202012WithIdAndTitle_AndEndsWithOneNewline()
    {
        var text = JourneySchema.Export();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal(JourneySchema.Id, (string?)Schema["$id"]);
        Assert.Equal("JourneyKit journey map, format version 1", (string?)Schema["title"]);
        Assert.Equal("object", (string?)Schema["type"]);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_IsExactlyWhatTheFormatRequires()
    {
        Assert.Equal(["schemaVersion", "id", "name", "stages"], Required(Schema));
        Assert.Equal(["id", "name"], Required(Item("personas")));
        Assert.Equal(["id", "name"], Required(Item("stages")));
        Assert.Equal(["id", "name"], Required(Touchpoint));
        Assert.Equal(["id", "name"], Required(Item("processes")));
        Assert.Equal(["id", "name"], Required(Item("kpis")));
        Assert.Equal(["id", "name"], Required(Item("competitors")));
        Assert.Equal(["id", "name"], Required(Item("playbooks")));
        Assert.Equal(["id", "statement"], Required(Item("outcomes")));
        Assert.Equal(["id", "title"], Required(Item("opportunities")));
        Assert.Equal(["id", "when", "action"], Required(Play));
        Assert.Equal(["at", "value"], Required(Property(Item("kpis"), "measurements")["items"]!.AsObject()));
        Assert.Equal(["metric", "op", "value"], Required(Property(Play, "when")));
        Assert.Empty(Required(Property(Item("kpis"), "scope")));
        Assert.Empty(Required(Property(Touchpoint, "responses")));
    }

    [Fact]
    public void Outcome_NeedsImportanceAndSatisfactionAsNumbersOrResponses()
    {
        var allOf = Item("outcomes")["allOf"]!.ToJsonString();

        Assert.Equal(
            """[{"anyOf":[{"required":["importance"]},{"required":["importanceResponses"]}]},{"anyOf":[{"required":["satisfaction"]},{"required":["satisfactionResponses"]}]}]""",
            allOf);
    }

    [Fact]
    public void Ranges_AreTheFormats()
    {
        AssertRange(Property(Touchpoint, "emotion"), min: -3, max: 3);
        AssertRange(Property(Touchpoint, "emotionsByPersona")["additionalProperties"]!.AsObject(), min: -3, max: 3);
        AssertRange(Property(Touchpoint, "completeAccurate"), min: 0, max: 1);
        AssertRange(Property(Touchpoint, "processMinutes"), min: 0, max: 1e15);
        AssertRange(Property(Touchpoint, "waitMinutes"), min: 0, max: 1e15);
        AssertRange(Property(Item("personas"), "weight"), min: 0, max: 1e15);
        AssertRange(Property(Item("opportunities"), "reach"), min: 0, max: 1e15);
        AssertRange(Property(Item("opportunities"), "impact"), min: 0, max: 1e15);
        AssertRange(Property(Item("opportunities"), "confidence"), min: 0, max: 1);
        AssertRange(Property(Item("outcomes"), "importance"), min: 0, max: 10);
        AssertRange(Property(Item("outcomes"), "satisfaction"), min: 0, max: 10);
        AssertRange(Property(Item("competitors"), "stageScores")["additionalProperties"]!.AsObject(), min: 0, max: 100);

        var effort = Property(Item("opportunities"), "effort");
        Assert.Null(effort["exclusiveMinimum"]);
        AssertRange(effort, min: 0.001, max: 1e15);
        AssertRange(Property(Item("kpis"), "baseline"), min: -1e15, max: 1e15);
        AssertRange(Property(Item("kpis"), "target"), min: -1e15, max: 1e15);
    }

    [Theory]
    [InlineData("nps", 11)]
    [InlineData("csat", 5)]
    [InlineData("ces", 7)]
    public void SurveyCounts_HaveTheirFixedLength_OfWholeNumbersAtLeastZero(string name, int length)
    {
        var counts = Property(Property(Touchpoint, "responses"), name);

        Assert.Equal(length, (int?)counts["minItems"]);
        Assert.Equal(length, (int?)counts["maxItems"]);
        Assert.Equal("integer", (string?)counts["items"]!["type"]);
        Assert.Equal(0, (double?)counts["items"]!["minimum"]);
    }

    [Theory]
    [InlineData("importanceResponses")]
    [InlineData("satisfactionResponses")]
    public void OutcomeResponses_AreFiveCounts(string name)
    {
        var counts = Property(Item("outcomes"), name);

        Assert.Equal(5, (int?)counts["minItems"]);
        Assert.Equal(5, (int?)counts["maxItems"]);
        Assert.Equal(0, (double?)counts["items"]!["minimum"]);
    }

    [Fact]
    public void DefaultedValues_AreNonNullWithTheirDefault()
    {
        AssertEnum(Property(Schema, "state"), "current", ["current", "future"]);
        AssertEnum(Property(Item("stages"), "kind"), "custom", ["awareness", "consideration", "purchase", "retention", "advocacy", "custom"]);
        AssertEnum(Property(Touchpoint, "channel"), "other", ["web", "mobileApp", "email", "chat", "phone", "inPerson", "social", "reviews", "advertising", "wordOfMouth", "mail", "other"]);
        AssertEnum(Property(Item("outcomes"), "kind"), "positive", ["positive", "relief"]);
        AssertEnum(Property(Item("kpis"), "direction"), "higherIsBetter", ["higherIsBetter", "lowerIsBetter"]);
        AssertEnum(Property(Item("opportunities"), "status"), "idea", ["idea", "planned", "inProgress", "done", "dropped"]);

        var weight = Property(Item("personas"), "weight");
        Assert.Equal("number", (string?)weight["type"]);
        Assert.Equal(1, (double?)weight["default"]);
        var calculator = Property(Item("kpis"), "calculator");
        Assert.Equal("latest", (string?)calculator["default"]);
    }

    [Fact]
    public void OptionalEnums_ListTheirCamelCaseNames_AndNull()
    {
        Assert.Equal(["customer", "company", null], Property(Touchpoint, "initiator")["enum"]!.AsArray().Select(static n => (string?)n));
        Assert.Equal(["web", "mobileApp", "email", "chat", "phone", "inPerson", "social", "reviews", "advertising", "wordOfMouth", "mail", "other"],
            Property(Item("personas"), "preferredChannels")["items"]!["enum"]!.AsArray().Select(static n => (string?)n));
    }

    [Fact]
    public void SchemaVersion_HasThePattern_AndMeasurementTime_IsDateTime()
    {
        Assert.Equal(@"^1\.[0-9]+$", (string?)Property(Schema, "schemaVersion")["pattern"]);
        var at = Property(Property(Item("kpis"), "measurements")["items"]!.AsObject(), "at");
        Assert.Equal("string", (string?)at["type"]);
        Assert.Equal("date-time", (string?)at["format"]);
    }

    [Fact]
    public void EveryObjectOfTheFormat_AllowsUnknownProperties()
    {
        var objects = Objects(Schema).ToList();

        Assert.Equal(15, objects.Count);
        Assert.All(objects, static o => Assert.Equal(true, (bool?)o["additionalProperties"]));
    }

    [Fact]
    public void EveryProperty_HasADescription()
    {
        var missing = Objects(Schema)
            .SelectMany(static o => o["properties"]!.AsObject())
            .Where(static p => p.Value?["description"] is null)
            .Select(static p => p.Key)
            .ToList();

        Assert.Empty(missing);
        // map 14, persona 10, stage 5, touchpoint 16, responses 3, outcome 10, process 3, KPI 10, scope 3,
        // measurement 2, opportunity 9, competitor 3, playbook 3, play 5, condition 4.
        Assert.Equal(100, Objects(Schema).Sum(static o => o["properties"]!.AsObject().Count));
    }

    [Fact]
    public void Descriptions_AreTheSummariesOfTheModelsXmlDocs()
    {
        // One source of truth: the table FormatFacts must say what the model's XML docs say, with
        // <see cref="X"/> written as the format's camelCase name and <see langword="null"/> as null.
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "JourneyKit.xml"));
        string Summary(string member)
        {
            var element = docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == member)?.Element("summary")
                ?? throw new InvalidOperationException($"{member} has no XML summary.");
            var text = string.Concat(element.Nodes().Select(static n => n switch
            {
                XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => word.Value,
                XElement { Name.LocalName: "see" } see => CamelCase(((string)see.Attribute("cref")!).Split('.')[^1]),
                XElement e => e.Value,
                _ => n.ToString(),
            }));
            return Whitespace().Replace(System.Net.WebUtility.HtmlDecode(text), " ").Trim();
        }

        var differences = new List<string>();
        foreach (var (type, description) in FormatFacts.TypeDescriptions)
        {
            if (Summary($"T:{type.FullName}") is var summary && summary != description)
            {
                differences.Add($"{type.Name}: docs say \"{summary}\", FormatFacts says \"{description}\"");
            }
        }

        foreach (var (type, fields) in FormatFacts.Fields)
        {
            foreach (var (name, facts) in fields)
            {
                var member = $"P:{type.FullName}.{char.ToUpperInvariant(name[0])}{name[1..]}";
                if (Summary(member) is var summary && summary != facts.Description)
                {
                    differences.Add($"{type.Name}.{name}: docs say \"{summary}\", FormatFacts says \"{facts.Description}\"");
                }
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void FormatFacts_CoverExactlyTheSerializedProperties()
    {
        var options = JourneySerializer.DefaultSerializerOptions;
        foreach (var (type, fields) in FormatFacts.Fields)
        {
            var serialized = options.GetTypeInfo(type).Properties.Where(static p => !p.IsExtensionData).Select(static p => p.Name);
            Assert.Equal(fields.Keys, serialized);
        }
    }

    private static JsonObject Touchpoint => Property(Item("stages"), "touchpoints")["items"]!.AsObject();

    private static JsonObject Play => Property(Item("playbooks"), "plays")["items"]!.AsObject();

    private static JsonObject Item(string mapProperty) => Property(Schema, mapProperty)["items"]!.AsObject();

    private static JsonObject Property(JsonObject obj, string name) => obj["properties"]![name]!.AsObject();

    private static IEnumerable<string?> Required(JsonObject obj) =>
        obj["required"]?.AsArray().Select(static n => (string?)n) ?? [];

    private static void AssertRange(JsonObject schema, double? min, double? max)
    {
        Assert.Equal(min, (double?)schema["minimum"]);
        Assert.Equal(max, (double?)schema["maximum"]);
    }

    private static void AssertEnum(JsonObject schema, string defaultValue, string[] names)
    {
        Assert.Equal(defaultValue, (string?)schema["default"]);
        Assert.Equal(names, schema["enum"]!.AsArray().Select(static n => (string?)n));
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["properties"] is JsonObject)
                {
                    yield return obj;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;

            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
