namespace JourneyKit.Validation;

/// <summary>
/// The "did you mean" of an unknown property: the known name closest to it, when it is close enough
/// to be a slip of the keyboard rather than a different word.
/// </summary>
/// <remarks>
/// Distance is the optimal string alignment distance (insertions, deletions, substitutions and swaps
/// of two neighbours each cost one), ignoring case, so <c>emotoin</c>, <c>emoton</c> and <c>Emotion</c>
/// all suggest <c>emotion</c>. A name is close when the distance is at most 2 and at most a third of
/// the known name's length (at least 1): <c>nam</c> suggests <c>name</c>, while <c>x</c> suggests
/// nothing (two edits would turn it into <c>id</c>). On a tie the name first in the format's order wins.
/// </remarks>
internal static class Suggestion
{
    public const int MaxDistance = 2;

    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var allowed = Math.Min(MaxDistance, Math.Max(1, name.Length / 3));
            if (Math.Abs(name.Length - unknown.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(unknown, name);
            if (distance <= allowed && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The optimal string alignment distance between two strings, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1
                    && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
