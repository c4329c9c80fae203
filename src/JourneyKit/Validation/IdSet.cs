namespace JourneyKit.Validation;

/// <summary>The distinct ids of one collection of a map: fast look-up, and the file order for messages.</summary>
internal sealed class IdSet
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _ordered = [];

    /// <summary>The distinct ids in the order they first appear.</summary>
    public IReadOnlyList<string> Ordered => _ordered;

    /// <summary>Adds an id; <see langword="null"/> (a missing id, reported elsewhere) is skipped.</summary>
    public void Add(string? id)
    {
        if (id is not null && _ids.Add(id))
        {
            _ordered.Add(id);
        }
    }

    /// <summary>Whether the collection has an item with this id.</summary>
    public bool Contains(string id) => _ids.Contains(id);
}
