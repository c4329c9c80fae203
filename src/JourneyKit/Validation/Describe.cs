using System.Globalization;
using System.Text;

namespace JourneyKit.Validation;

/// <summary>Formats values for messages: invariant numbers, quoted and escaped strings, lists of allowed ids.</summary>
internal static class Describe
{
    private const int MaxQuoted = 60;
    private const int MaxListed = 10;

    /// <summary>A number as the user would write it in JSON (<c>9</c>, <c>0.5</c>), or <c>NaN</c>/<c>Infinity</c>.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number as the user would write it in JSON.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A string in double quotes with control characters escaped (so a message stays on one line)
    /// and long values shortened.
    /// </summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        var shown = value.Length > MaxQuoted ? value.AsSpan(0, MaxQuoted) : value.AsSpan();
        foreach (var c in shown)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        if (value.Length > MaxQuoted)
        {
            text.Append('…');
        }

        return text.Append('"').ToString();
    }

    /// <summary>"use one of "a", "b"" or, when there is nothing to choose from, "the map has no …".</summary>
    public static string OneOf(IReadOnlyList<string> allowed, string nonePhrase)
    {
        if (allowed.Count == 0)
        {
            return nonePhrase;
        }

        var text = new StringBuilder("use one of ");
        for (var i = 0; i < allowed.Count && i < MaxListed; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(Quote(allowed[i]));
        }

        if (allowed.Count > MaxListed)
        {
            text.Append(CultureInfo.InvariantCulture, $" (and {allowed.Count - MaxListed} more)");
        }

        return text.ToString();
    }
}
