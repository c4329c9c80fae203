using FluentValidation;
using JourneyKit.Model;

namespace JourneyKit.Validation;

/// <summary>Finds ids used twice in a collection and reports each repeat at its own <c>id</c>, naming the first use.</summary>
internal static class UniqueIds
{
    /// <param name="items">The chain path of each item and its id (<see langword="null"/> for a missing id, which is reported elsewhere).</param>
    /// <param name="context">The validation context to report to.</param>
    /// <param name="rule">The rule in words, e.g. "stage ids must be unique".</param>
    public static void Check<T>(IEnumerable<(string Path, string? Id)> items, ValidationContext<T> context, string rule)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, id) in items)
        {
            if (id is null)
            {
                continue;
            }

            if (first.TryGetValue(id, out var firstPath))
            {
                context.ReportAt(
                    JsonPath.Member(path, "id"),
                    ValidationCodes.DuplicateId,
                    $"'id' {Describe.Quote(id)} is already used by {JsonPath.FromChain(firstPath)}; {rule}.");
            }
            else
            {
                first.Add(id, path);
            }
        }
    }

    /// <summary>The chain path and id of each item of a list whose chain path is <paramref name="listPath"/>.</summary>
    public static IEnumerable<(string Path, string? Id)> Of<TItem>(IReadOnlyList<TItem> items, string listPath, Func<TItem, string?> id)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            yield return (JsonPath.Index(listPath, i), item is null ? null : id(item));
        }
    }
}
