using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using JourneyKit.Analytics;
using JourneyKit.Comparison;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Model;

/// <summary>
/// The equality rule of the public records: every property counts, lists compare element by element
/// in order, dictionaries by keys and values, unknown properties and JSON values as JSON; equal records hash equally.
/// </summary>
public class RecordEqualityTests
{
    private static readonly JourneySerializer Serializer = new();

    public static TheoryData<string> ExampleMaps => new(
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "docs", "examples"), "*.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!);

    public static TheoryData<Type> PublicRecords => new(
        typeof(JourneyMap).Assembly.GetExportedTypes()
            .Where(static t => t.IsClass && t.GetMethod("<Clone>$") is not null)
            .OrderBy(static t => t.FullName, StringComparer.Ordinal));

    private static JourneyMap ReadExample(string name) =>
        Serializer.Read(File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "examples", name)));

    [Theory]
    [MemberData(nameof(ExampleMaps))]
    public void Equals_ExampleReadTwice_IsEqualWithEqualHash(string name)
    {
        var first = ReadExample(name);
        var second = ReadExample(name);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_ChangedTouchpointInAList_IsUnequal()
    {
        var map = ReadExample("online-retail.json");
        var stage = map.Stages[0];
        var touchpoint = stage.Touchpoints[0];
        var changed = map with
        {
            Stages = [stage with { Touchpoints = [touchpoint with { Barriers = [.. touchpoint.Barriers, "new barrier"] }, .. stage.Touchpoints.Skip(1)] }, .. map.Stages.Skip(1)],
        };

        Assert.NotEqual(map, changed);
    }

    [Fact]
    public void Equals_ReorderedList_IsUnequal()
    {
        var map = ReadExample("online-retail.json");

        Assert.NotEqual(map, map with { Stages = [.. map.Stages.Reverse()] });
    }

    [Fact]
    public void Equals_DictionaryInAnotherOrder_IsEqualWithEqualHash()
    {
        var first = new Touchpoint { Id = "t", Name = "T", EmotionsByPersona = new Dictionary<string, double> { ["a"] = 1, ["b"] = -2 } };
        var second = first with { EmotionsByPersona = new Dictionary<string, double> { ["b"] = -2, ["a"] = 1 } };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, first with { EmotionsByPersona = new Dictionary<string, double> { ["a"] = 1, ["b"] = 2 } });
    }

    [Fact]
    public void Equals_UnknownProperties_CompareAsJson()
    {
        var none = new BusinessProcess { Id = "p", Name = "P" };
        var empty = new BusinessProcess { Id = "p", Name = "P", ExtensionData = new Dictionary<string, JsonElement>() };
        var one = new BusinessProcess { Id = "p", Name = "P", ExtensionData = Extension("x-a", """{"b": [1, 2]}""") };
        var same = new BusinessProcess { Id = "p", Name = "P", ExtensionData = Extension("x-a", """{ "b" : [1,2] }""") };
        var other = new BusinessProcess { Id = "p", Name = "P", ExtensionData = Extension("x-a", """{"b": [2, 1]}""") };

        Assert.Equal(none, empty);
        Assert.Equal(none.GetHashCode(), empty.GetHashCode());
        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, other);
        Assert.NotEqual(none, one);
    }

    [Fact]
    public void Equals_FieldChangesFromDifferentDocuments_CompareAsJson()
    {
        var first = new FieldChange("emotion", JsonElement.Parse("1"), JsonElement.Parse("""{"a": "x"}"""));
        var second = new FieldChange("emotion", JsonElement.Parse("1"), JsonElement.Parse("""{"a": "x"}"""));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { After = null });
        Assert.NotEqual(first, second with { Before = JsonElement.Parse("2") });
    }

    [Theory]
    [MemberData(nameof(ExampleMaps))]
    public void Equals_ScoreReportOfTheSameMapTwice_IsEqualWithEqualHash(string name)
    {
        var scorer = new JourneyScorer();
        var first = scorer.Score(ReadExample(name));
        var second = scorer.Score(ReadExample(name));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_DiffReportOfTheSameMapsTwice_IsEqualWithEqualHash()
    {
        var comparer = new JourneyComparer();
        var first = comparer.Compare(ReadExample("online-retail.json"), ReadExample("online-retail-future.json"));
        var second = comparer.Compare(ReadExample("online-retail.json"), ReadExample("online-retail-future.json"));

        Assert.NotEmpty(first.Metrics);
        Assert.False(first.Structure.IsEmpty);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_AnalyticsReportOfTheSameEventsTwice_IsEqualWithEqualHash()
    {
        var first = AnalyzeRetailEvents();
        var second = AnalyzeRetailEvents();

        Assert.NotEmpty(first.Paths);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    /// <summary>
    /// Guards every property of every public record: a copy with one property changed is unequal, and
    /// two copies given equal but distinct values are equal with equal hashes. A property left out of a
    /// hand-written <c>Equals</c> or a list compared by reference fails here.
    /// </summary>
    [Theory]
    [MemberData(nameof(PublicRecords))]
    public void Equals_EachPropertyChangedInTurn_IsUnequal(Type record)
    {
        var original = RuntimeHelpers.GetUninitializedObject(record);
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.CanWrite).ToList();
        Assert.NotEmpty(properties);
        Assert.Equal(original, Clone(original));

        foreach (var property in properties)
        {
            var first = Clone(original);
            var second = Clone(original);
            property.SetValue(first, Different(property.PropertyType, property.GetValue(original)));
            property.SetValue(second, Different(property.PropertyType, property.GetValue(original)));

            Assert.False(original.Equals(first), $"{record.Name}.{property.Name} changed, yet the records are equal.");
            if (HasValueEquality(property.PropertyType))
            {
                Assert.True(first.Equals(second), $"{record.Name}.{property.Name} set to equal values, yet the records are unequal.");
                Assert.True(first.GetHashCode() == second.GetHashCode(), $"{record.Name}.{property.Name} set to equal values, yet the hash codes differ.");
            }
        }
    }

    private static JourneyAnalyticsReport AnalyzeRetailEvents()
    {
        using var csv = File.OpenRead(Path.Combine(RepositoryRoot.Path, "docs", "examples", "online-retail-events.csv"));
        return new JourneyAnalyzer().AnalyzeCsv(ReadExample("online-retail.json"), csv).Report;
    }

    /// <summary>
    /// Values, strings, records and the collections the rule covers; not a plain class or callback
    /// (<see cref="JourneyAnalyticsAccumulator"/>, <see cref="IProgress{T}"/>), which compares by reference.
    /// </summary>
    private static bool HasValueEquality(Type type) =>
        type.IsValueType || type == typeof(string) || type.GetMethod("<Clone>$") is not null
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var generic
            && (generic == typeof(IReadOnlyList<>) || generic == typeof(IReadOnlyDictionary<,>) || generic == typeof(IDictionary<,>)));

    private static Dictionary<string, JsonElement> Extension(string name, string json) => new() { [name] = JsonElement.Parse(json) };

    private static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    /// <summary>A fresh value of <paramref name="type"/> that differs from <paramref name="current"/>; equal for equal arguments.</summary>
    private static object? Different(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return current is null ? Sample(underlying) : null;
        }

        if (type == typeof(string))
        {
            return current + "x";
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            var index = Array.IndexOf(values, current);
            return values.GetValue((index + 1) % values.Length);
        }

        if (type == typeof(double))
        {
            return (double)current! + 1;
        }

        if (type == typeof(long))
        {
            return (long)current! + 1;
        }

        if (type == typeof(int))
        {
            return (int)current! + 1;
        }

        if (type == typeof(bool))
        {
            return !(bool)current!;
        }

        if (type == typeof(DateTimeOffset))
        {
            return ((DateTimeOffset)current!).AddDays(1);
        }

        if (type == typeof(DateOnly))
        {
            return ((DateOnly)current!).AddDays(1);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GenericTypeArguments[0]))!;
            foreach (var item in (IEnumerable?)current ?? Array.Empty<object>())
            {
                list.Add(item);
            }

            list.Add(Sample(type.GenericTypeArguments[0]));
            return list;
        }

        if (type == typeof(IReadOnlyDictionary<string, double>))
        {
            var dictionary = new Dictionary<string, double>((IReadOnlyDictionary<string, double>)current!) { ["x-new"] = 1 };
            return dictionary;
        }

        if (type == typeof(IDictionary<string, JsonElement>))
        {
            return new Dictionary<string, JsonElement>(current as IDictionary<string, JsonElement> ?? new Dictionary<string, JsonElement>())
            {
                ["x-new"] = JsonElement.Parse("[1]"),
            };
        }

        if (!type.IsValueType)
        {
            return current is null ? Sample(type) : null;
        }

        throw new NotSupportedException($"No different value for {type}: teach the test this type.");
    }

    private static object Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(JsonElement) ? JsonElement.Parse("""{"a": 1}""")
        : type == typeof(IProgress<long>) ? new Progress<long>()
        : type.IsEnum ? Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1)!
        : type.IsPrimitive || type == typeof(DateTimeOffset) ? Different(type, Activator.CreateInstance(type))!
        : type.IsValueType ? Activator.CreateInstance(type)!
        : RuntimeHelpers.GetUninitializedObject(type);
}
