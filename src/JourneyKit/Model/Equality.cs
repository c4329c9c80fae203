using System.Text.Json;

namespace JourneyKit.Model;

/// <summary>
/// The value equality the public records share: lists compare element by element in order,
/// dictionaries by their set of keys and values, JSON values with <see cref="JsonElement.DeepEquals"/>.
/// Hashes are cheap and agree with equality: a list hashes its count and elements, a dictionary its count
/// and its entries in any order, extension data its count alone.
/// </summary>
internal static class Equality
{
    /// <summary>Whether two lists hold equal elements in the same order; two <see langword="null"/> lists are equal.</summary>
    public static bool ListEqual<T>(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < x.Count; i++)
        {
            if (!comparer.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the list's count and elements that agrees with <see cref="ListEqual{T}"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(list.Count);
        foreach (var item in list)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two dictionaries hold the same keys with equal values.</summary>
    public static bool DictionaryEqual<TValue>(IReadOnlyDictionary<string, TValue> x, IReadOnlyDictionary<string, TValue> y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x.Count != y.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in x)
        {
            if (!y.TryGetValue(key, out var other) || !comparer.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the dictionary's count and entries, independent of their order, that agrees with <see cref="DictionaryEqual{TValue}"/>.</summary>
    public static int DictionaryHash<TValue>(IReadOnlyDictionary<string, TValue> dictionary)
    {
        var entries = 0;
        foreach (var (key, value) in dictionary)
        {
            entries ^= HashCode.Combine(key, value);
        }

        return HashCode.Combine(dictionary.Count, entries);
    }

    /// <summary>
    /// Whether two sets of unknown properties hold the same names with deeply equal JSON values;
    /// <see langword="null"/> and empty both mean "no unknown properties" and are equal.
    /// </summary>
    public static bool ExtensionEqual(IDictionary<string, JsonElement>? x, IDictionary<string, JsonElement>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        var xCount = x?.Count ?? 0;
        if (xCount != (y?.Count ?? 0))
        {
            return false;
        }

        if (xCount == 0)
        {
            return true;
        }

        foreach (var (key, value) in x!)
        {
            if (!y!.TryGetValue(key, out var other) || !JsonElement.DeepEquals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the unknown properties' count, which agrees with <see cref="ExtensionEqual"/>.</summary>
    public static int ExtensionHash(IDictionary<string, JsonElement>? extensionData) => extensionData?.Count ?? 0;

    /// <summary>Whether two optional JSON values are both absent or deeply equal.</summary>
    public static bool JsonEqual(JsonElement? x, JsonElement? y) =>
        x is { } a ? y is { } b && JsonElement.DeepEquals(a, b) : y is null;

    /// <summary>A hash of an optional JSON value's kind, which agrees with <see cref="JsonEqual"/>.</summary>
    public static int JsonHash(JsonElement? value) => value is { } element ? (int)element.ValueKind + 1 : 0;
}
