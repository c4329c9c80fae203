using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;

namespace JourneyKit.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of the journey map format v1, generated from the model with
/// <see cref="JsonSchemaExporter"/> and completed with what the exporter cannot know: descriptions,
/// the properties the format requires, numeric ranges, fixed list lengths, defaults, the
/// <c>schemaVersion</c> pattern and the camelCase enum names. <c>docs/journeykit.schema.json</c> is
/// its output (<c>journeykit schema -o docs/journeykit.schema.json</c>); a test fails when they differ.
/// </summary>
/// <remarks>
/// Unknown properties are allowed everywhere (<c>"additionalProperties": true</c>): the format keeps
/// them. Validation in JourneyKit goes further than the schema (references between ids, unique ids).
/// </remarks>
/// <threadsafety>All members are safe to call from several threads at once.</threadsafety>
public static class JourneySchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://raw.githubusercontent.com/journeykit/journeykit/main/docs/journeykit.schema.json";

    /// <summary>The JSON Schema dialect the schema is written in: draft 2020-12.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<string> Text = new(Generate);

    /// <summary>Exports the schema.</summary>
    /// <returns>The schema as JSON text, indented by two spaces, with LF line endings and a final newline.</returns>
    public static string Export() => Text.Value;

    private static string Generate()
    {
        var options = JourneySerializer.DefaultSerializerOptions;
        var generated = JsonSchemaExporter.GetJsonSchemaAsNode(options, typeof(JourneyMap), new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        }).AsObject();

        var root = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = Id,
            ["title"] = "JourneyKit journey map, format version 1",
        };
        MoveAll(generated, root);

        var write = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return root.ToJsonString(write) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        // A converter the exporter does not know yields the schema 'true' (anything): start afresh.
        var schema = node as JsonObject ?? [];
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var facts = context.PropertyInfo is { } property
            ? FormatFacts.Find(property.DeclaringType, property.Name)
                ?? throw new InvalidOperationException($"FormatFacts has no entry for {property.DeclaringType.Name}.{property.Name}; add one.")
            : null;

        if (underlying.IsEnum && context.TypeInfo.Options.GetTypeInfo(underlying).Converter is ICamelCaseNames names)
        {
            schema.Remove("type");
            var values = new JsonArray([.. names.AllowedNames.Select(static n => (JsonNode?)n)]);
            if (underlying != type && facts?.DefaultJson is null)
            {
                values.Add(null);
            }

            schema["enum"] = values;
        }

        // The exporter leaves out the items of a list whose converter it does not know (the enums').
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && schema["items"] is null
            && context.TypeInfo.ElementType is { IsEnum: true } elementType
            && context.TypeInfo.Options.GetTypeInfo(elementType).Converter is ICamelCaseNames itemNames)
        {
            schema["items"] = new JsonObject { ["enum"] = new JsonArray([.. itemNames.AllowedNames.Select(static n => (JsonNode?)n)]) };
        }

        if (underlying == typeof(DateTimeOffset))
        {
            schema["type"] = "string";
            schema["format"] = "date-time";
        }

        string? description = null;
        if (FormatFacts.Fields.TryGetValue(underlying, out var fields))
        {
            description = FormatFacts.TypeDescriptions[underlying];
            DescribeObject(schema, underlying, fields);
        }

        if (facts is not null)
        {
            description = facts.Description;
            ApplyFacts(schema, facts);
        }

        if (description is null)
        {
            return schema;
        }

        var ordered = new JsonObject { ["description"] = description };
        schema.Remove("description");
        MoveAll(schema, ordered);
        return ordered;
    }

    private static void DescribeObject(JsonObject schema, Type type, IReadOnlyDictionary<string, FieldFacts> fields)
    {
        schema.Remove("required");
        var required = fields.Where(static f => f.Value.Required).Select(static f => (JsonNode?)f.Key).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        if (type == typeof(Outcome))
        {
            // Importance and satisfaction are each given as a number or as rating counts.
            schema["allOf"] = new JsonArray(
                EitherRequired("importance", "importanceResponses"),
                EitherRequired("satisfaction", "satisfactionResponses"));
        }

        schema["additionalProperties"] = true;

        static JsonObject EitherRequired(string a, string b) => new()
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["required"] = new JsonArray(a) },
                new JsonObject { ["required"] = new JsonArray(b) }),
        };
    }

    private static void ApplyFacts(JsonObject schema, FieldFacts facts)
    {
        if (facts.DefaultJson is { } defaultJson)
        {
            // A defaulted value is read from a nullable shadow property; in the format it is never null.
            if (schema["type"] is JsonArray types)
            {
                var nonNull = types.Where(static t => t?.GetValue<string>() != "null").Select(static t => t!.GetValue<string>()).ToList();
                schema["type"] = nonNull.Count == 1 ? nonNull[0] : new JsonArray([.. nonNull.Select(static t => (JsonNode?)t)]);
            }

            schema["default"] = JsonNode.Parse(defaultJson);
        }

        if (facts.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
        }

        if (facts.Length is { } length)
        {
            schema["minItems"] = length;
            schema["maxItems"] = length;
        }

        // Ranges bound the number itself, each number of a list, or each value of a map.
        var numbers = schema["items"] as JsonObject ?? schema["additionalProperties"] as JsonObject ?? schema;
        if (facts.Minimum is { } min)
        {
            numbers["minimum"] = min;
        }

        if (facts.ExclusiveMinimum is { } exclusive)
        {
            numbers["exclusiveMinimum"] = exclusive;
        }

        if (facts.Maximum is { } max)
        {
            numbers["maximum"] = max;
        }
    }

    private static void MoveAll(JsonObject from, JsonObject to)
    {
        foreach (var (key, value) in from.ToList())
        {
            from.Remove(key);
            to[key] = value;
        }
    }
}
