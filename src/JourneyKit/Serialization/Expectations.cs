using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyKit.Model;


namespace JourneyKit.Serialization;

/// <summary>Says in words what the format allows at a place: "a number from -3 to 3", "one of \"web\", …".</summary>
internal static class Expectations
{
    public static string Of(JsonSerializerOptions options, ModelTarget target) =>
        Describe(options, target.TypeInfo, target.Facts, target.IsItem, plural: false);

    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Describe(JsonSerializerOptions options, JsonTypeInfo typeInfo, FieldFacts? facts, bool isItem, bool plural)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        string Noun(string one, string many) => plural ? many : one;

        if (type == typeof(string))
        {
            return Noun("a string", "strings");
        }

        if (type == typeof(bool))
        {
            return plural ? "true or false values" : "true or false";
        }

        if (type == typeof(double))
        {
            return Noun("a number", "numbers") + Range(facts);
        }

        if (type == typeof(long) || type == typeof(int))
        {
            return Noun("a whole number", "whole numbers") + Range(facts);
        }

        if (type == typeof(DateTimeOffset))
        {
            return Noun("a date and time", "dates and times") + " in ISO 8601 form such as \"2026-01-31T00:00:00Z\"";
        }

        if (type.IsEnum && options.GetTypeInfo(type).Converter is ICamelCaseNames names)
        {
            return (plural ? "names, each one of " : "one of ") + string.Join(", ", names.AllowedNames.Select(static n => $"\"{n}\""));
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                var length = !isItem && facts?.Length is { } n ? string.Create(CultureInfo.InvariantCulture, $"exactly {n} ") : "";
                var items = Describe(options, options.GetTypeInfo(typeInfo.ElementType!), facts, isItem: true, plural: true);
                return $"{Noun("an array", "arrays")} of {length}{items}";

            case JsonTypeInfoKind.Dictionary:
                var values = Describe(options, options.GetTypeInfo(typeInfo.ElementType!), facts, isItem: true, plural: true);
                return $"{Noun("an object", "objects")} whose values are {values}";

            default:
                return FormatFacts.Nouns.TryGetValue(type, out var noun) ? Noun($"an object ({noun})", "objects") : Noun("an object", "objects");
        }
    }

    private static string Range(FieldFacts? facts) => facts switch
    {
        { Minimum: { } min, Maximum: { } max } => string.Create(CultureInfo.InvariantCulture, $" from {min} to {max}"),
        { Minimum: { } min } => string.Create(CultureInfo.InvariantCulture, $" of {min} or more"),
        { ExclusiveMinimum: { } min } => string.Create(CultureInfo.InvariantCulture, $" greater than {min}"),
        _ => "",
    };
}
