using System.Text.Json.Nodes;
using JourneyKit.Model;
using JourneyKit.Serialization;
using JourneyKit.Validation;

namespace JourneyKit.Tests.Validation;

/// <summary>
/// The ranges and rating scales of the format are written once, in <see cref="FormatFacts"/>: the
/// validator accepts exactly those ranges and the schema publishes exactly them, for every field
/// that has one (exhaustive over the facts).
/// </summary>
public class FormatFactsAgreementTests
{
    private static readonly JourneySerializer Serializer = new();

    private static readonly JourneyValidator Validator = new();

    private static readonly JsonObject Schema = JsonNode.Parse(JourneySchema.Export())!.AsObject();

    // Where the sample map holds an object of each type that declares a ranged field, as chain paths.
    private static readonly Dictionary<Type, string[]> Places = new()
    {
        [typeof(Persona)] = ["personas[0]"],
        [typeof(Touchpoint)] = ["stages[0].touchpoints[1]"],
        [typeof(SurveyResponses)] = ["stages[0].touchpoints[1].responses"],
        [typeof(Outcome)] = ["outcomes[0]", "outcomes[1]"],
        [typeof(Kpi)] = ["kpis[0]"],
        [typeof(Measurement)] = ["kpis[0].measurements[0]"],
        [typeof(Opportunity)] = ["opportunities[0]"],
        [typeof(Competitor)] = ["competitors[0]"],
    };

    public static TheoryData<string, string> RangedFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, fields) in FormatFacts.Fields)
        {
            foreach (var (name, facts) in fields)
            {
                if (facts.Range is not null)
                {
                    data.Add(type.Name, name);
                }
            }
        }

        return data;
    }

    [Fact]
    public void RangedFields_AreTheDesigns()
    {
        // The list itself, so that a range added to or dropped from the facts is a deliberate change.
        Assert.Equal(
            [
                "Persona.weight", "Touchpoint.emotion", "Touchpoint.emotionsByPersona", "Touchpoint.processMinutes", "Touchpoint.waitMinutes",
                "Touchpoint.completeAccurate", "SurveyResponses.nps", "SurveyResponses.csat", "SurveyResponses.ces", "Outcome.importance",
                "Outcome.satisfaction", "Outcome.importanceResponses", "Outcome.satisfactionResponses", "Kpi.baseline", "Kpi.target",
                "Measurement.value", "Opportunity.reach", "Opportunity.impact",
                "Opportunity.confidence", "Opportunity.effort", "Competitor.stageScores",
            ],
            RangedFields().Select(row => $"{row[0]}.{row[1]}"));
    }

    [Theory]
    [MemberData(nameof(RangedFields))]
    public void Validator_AcceptsExactlyTheRangeOfTheFacts(string typeName, string field)
    {
        var (type, facts) = Lookup(typeName, field);
        var range = facts.Range!;
        var (place, _) = Find(type, field);
        foreach (var value in Probes(range))
        {
            var json = JsonNode.Parse(Serializer.Write(SampleMap.Create()))!.AsObject();
            var target = Navigate(json, place)!.AsObject();
            var path = $"$.{place}.{field}";
            switch (target[field])
            {
                case JsonArray items:
                    items[0] = value;
                    path += "[0]";
                    break;
                case JsonObject entries:
                    var key = entries.First().Key;
                    entries[key] = value;
                    path = JsonPath.FromChain(JsonPath.Member($"{place}.{field}", key));
                    break;
                default:
                    target[field] = value;
                    break;
            }

            var report = Validator.Validate(Serializer.Read(json.ToJsonString()));
            var rejected = report.Issues.Any(i => i.Code == ValidationCodes.Range && i.Path == path);
            Assert.True(rejected != range.Contains(value), $"{typeName}.{field} = {value}: the validator {(rejected ? "rejects" : "accepts")} it, the facts say {range.Describe()}.");
        }
    }

    [Theory]
    [MemberData(nameof(RangedFields))]
    public void Schema_PublishesTheRangeOfTheFacts(string typeName, string field)
    {
        var (type, facts) = Lookup(typeName, field);
        var (_, property) = Find(type, field);
        var numbers = property["items"] as JsonObject ?? property["additionalProperties"] as JsonObject ?? property;
        Assert.Equal(facts.Minimum, (double?)numbers["minimum"]);
        Assert.Equal(facts.ExclusiveMinimum, (double?)numbers["exclusiveMinimum"]);
        Assert.Equal(facts.Maximum, (double?)numbers["maximum"]);
        Assert.Equal(facts.Ratings?.Count, (int?)property["minItems"]);
        Assert.Equal(facts.Ratings?.Count, (int?)property["maxItems"]);
    }

    [Fact]
    public void RatingScales_GiveTheListLengths()
    {
        Assert.Equal(11, FormatFacts.RatingsOf(typeof(SurveyResponses), "nps").Count);
        Assert.Equal("0..10", FormatFacts.RatingsOf(typeof(SurveyResponses), "nps").ToString());
        Assert.Equal("1..5", FormatFacts.RatingsOf(typeof(SurveyResponses), "csat").ToString());
        Assert.Equal("1..7", FormatFacts.RatingsOf(typeof(SurveyResponses), "ces").ToString());
        Assert.Equal("1..5", FormatFacts.RatingsOf(typeof(Outcome), "importanceResponses").ToString());
        Assert.Throws<ArgumentException>("jsonName", () => FormatFacts.RangeOf(typeof(Touchpoint), "colour"));
        Assert.Same(NumberRange.KpiValue, FormatFacts.RangeOf(typeof(Kpi), "baseline"));
        Assert.Same(NumberRange.Finite, FormatFacts.RangeOf(typeof(PlayCondition), "value"));
    }

    private static (Type Type, FieldFacts Facts) Lookup(string typeName, string field)
    {
        var type = FormatFacts.Fields.Keys.Single(t => t.Name == typeName);
        return (type, FormatFacts.Fields[type][field]);
    }

    // The place in the sample map of an object of the type that states the field, and the field's schema.
    private static (string Place, JsonObject Schema) Find(Type type, string field)
    {
        var json = JsonNode.Parse(Serializer.Write(SampleMap.Create()))!.AsObject();
        var place = Places[type].First(p => Navigate(json, p)![field] is not null);
        var schema = Schema;
        foreach (var segment in JsonPath.Parse(JsonPath.FromChain(place))!)
        {
            schema = segment.Name is { } name ? schema["properties"]![name]!.AsObject() : schema["items"]!.AsObject();
        }

        return (place, schema["properties"]![field]!.AsObject());
    }

    private static JsonNode? Navigate(JsonNode root, string chain)
    {
        var node = root;
        foreach (var segment in JsonPath.Parse(JsonPath.FromChain(chain))!)
        {
            node = segment.Name is { } name ? node?[name] : node?[segment.Index];
        }

        return node;
    }

    // Whole numbers around each bound (the counts are integers), and the bounds themselves.
    private static IEnumerable<double> Probes(NumberRange range)
    {
        var probes = new SortedSet<double>();
        foreach (var bound in new[] { range.Min, range.Max })
        {
            if (bound is { } b)
            {
                probes.UnionWith([b - 1, b, b + 1]);
            }
        }

        return probes;
    }
}
