using System.Globalization;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Fits text into a width without a font at hand: widths are estimated from the advance widths of a
/// Helvetica-like sans-serif (Arial, Liberation Sans), on the generous side, so a fitted line does not overflow.
/// </summary>
internal static class TextFit
{
    /// <summary>The ellipsis that ends a shortened line.</summary>
    public const string Ellipsis = "\u2026";

    /// <summary>The estimated width of <paramref name="text"/> in pixels.</summary>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var em = 0.0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var length = StringInfo.GetNextTextElementLength(rest);
            em += AdvanceEm(rest[..length]);
            rest = rest[length..];
        }

        return em * fontSize * (bold ? 1.08 : 1.0);
    }

    /// <summary>Returns <paramref name="text"/> on one line, shortened with an ellipsis when wider than <paramref name="maxWidth"/>.</summary>
    public static string Truncate(string text, double maxWidth, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = OneLine(text);
        if (Width(text, fontSize, bold) <= maxWidth)
        {
            return text;
        }

        var budget = maxWidth - Width(Ellipsis, fontSize, bold);
        return text[..FittingLength(text, budget, fontSize, bold)].TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into at most <paramref name="maxLines"/> lines no wider than
    /// <paramref name="maxWidth"/>, at spaces where it can; the last line ends with an ellipsis when text is left over.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, int maxLines, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var oneLine = OneLine(text);
        if (oneLine.Length > 0 && Width(oneLine, fontSize, bold) <= maxWidth)
        {
            // All of it fits: the loop below would take every word onto the first line (a prefix is never wider than the whole).
            return [oneLine];
        }

        var words = new Queue<string>(oneLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var lines = new List<string>();
        var current = string.Empty;
        while (words.Count > 0 && lines.Count < maxLines)
        {
            var word = words.Peek();
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                current = candidate;
                words.Dequeue();
            }
            else if (current.Length == 0)
            {
                // A word wider than a whole line: cut it where the line ends.
                var cut = Math.Max(1, FittingLength(word, maxWidth, fontSize, bold));
                lines.Add(word[..cut]);
                words.Dequeue();
                if (cut < word.Length)
                {
                    words = new Queue<string>(words.Prepend(word[cut..]));
                }
            }
            else
            {
                lines.Add(current);
                current = string.Empty;
            }
        }

        if (current.Length > 0)
        {
            if (lines.Count < maxLines)
            {
                lines.Add(current);
            }
            else
            {
                words = new Queue<string>(words.Prepend(current));
            }
        }

        if (words.Count > 0 && lines.Count > 0)
        {
            var last = lines[^1] + " " + string.Join(' ', words);
            var shortened = Truncate(last, maxWidth, fontSize, bold);
            lines[^1] = shortened.EndsWith(Ellipsis, StringComparison.Ordinal) ? shortened : shortened + Ellipsis;
        }

        return lines;
    }

    private static int FittingLength(string word, double maxWidth, double fontSize, bool bold)
    {
        // Whole text elements only: a surrogate pair or a letter with its combining marks is never cut.
        var used = 0.0;
        var length = 0;
        var rest = word.AsSpan();
        while (!rest.IsEmpty)
        {
            var elementLength = StringInfo.GetNextTextElementLength(rest);
            used += AdvanceEm(rest[..elementLength]) * fontSize * (bold ? 1.08 : 1.0);
            if (used > maxWidth)
            {
                break;
            }

            length += elementLength;
            rest = rest[elementLength..];
        }

        return length;
    }

    /// <summary>Folds every run of whitespace (newlines included) into one space and trims the ends.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsOneLine(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="OneLine"/> would return <paramref name="text"/> unchanged: no whitespace but single spaces between words.</summary>
    private static bool IsOneLine(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static double AdvanceEm(ReadOnlySpan<char> element)
    {
        var c = element[0];
        if (element.Length > 1 && char.IsHighSurrogate(c))
        {
            return 1.0; // emoji and other astral characters: about a square
        }

        return c switch
        {
            ' ' => 0.28,
            'i' or 'j' or 'l' or '.' or ',' or ':' or ';' or '!' or '|' or '\'' or 'I' => 0.28,
            'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' or '"' => 0.36,
            'm' or 'w' => 0.85,
            'M' or 'W' or '@' or '%' => 0.9,
            >= 'A' and <= 'Z' => 0.69,
            >= '0' and <= '9' => 0.56,
            < '\u0080' => 0.56,
            >= '\u1100' and <= '\u115F' => 1.0,
            >= '\u2E80' and <= '\uA4CF' => 1.0,
            >= '\uAC00' and <= '\uD7A3' => 1.0,
            >= '\uF900' and <= '\uFAFF' => 1.0,
            >= '\uFF00' and <= '\uFF60' => 1.0,
            _ => 0.62,
        };
    }
}
