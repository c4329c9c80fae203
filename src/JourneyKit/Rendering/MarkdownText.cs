using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Escapes user text for inline Markdown (CommonMark and GitHub Flavored Markdown): a table cell,
/// a list item or a heading, always after a prefix the renderer writes, never at the start of a line.
/// </summary>
/// <remarks>
/// Every ASCII punctuation character that can start inline markup — <c>\ ` * _ [ ] &lt; &gt; | # ~ &amp; $ { } ( ) !</c>,
/// and those of the common extensions <c>: ^ = + "</c> (schemes, inline containers, super- and subscript, marked and
/// inserted text, citations) — gets a backslash, which CommonMark defines for exactly this; so no text becomes a link, an image,
/// raw HTML, an entity, emphasis, code, math or a table column. Line breaks and tabs become spaces
/// (a cell or item is one line), and other control characters U+FFFD.
/// <para>
/// Map text also stays text under GitHub's autolinks and references: with every <c>:</c> escaped (<c>https\:</c>,
/// <c>mailto\:</c>) and the <c>.</c> of <c>www.</c> too, no URL, <c>www.</c> host or <c>mailto:</c> becomes a link; after every <c>@</c> and between a <c>#</c> and a digit goes a zero-width space
/// (<c>&amp;#8203;</c>, invisible), so no e-mail address becomes a link, no <c>@name</c> a mention and no <c>#123</c> an
/// issue reference (GitHub finds those in the rendered text, where a backslash is already gone).
/// </para>
/// </remarks>
internal static class MarkdownText
{
    /// <summary>U+200B ZERO WIDTH SPACE as a character reference: invisible, and it parts <c>@</c> or <c>#</c> from what follows.</summary>
    public const string ZeroWidthSpace = "&#8203;";

    /// <summary>Returns <paramref name="text"/> escaped for inline Markdown.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsPlain(text))
        {
            return text; // most names: nothing to escape, no copy
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '$' or '{' or '}' or '(' or ')' or '!'
                    or ':' or '^' or '=' or '+' or '"':
                    builder.Append('\\').Append(c);
                    break;
                case '#':
                    builder.Append("\\#");
                    if (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                    {
                        builder.Append(ZeroWidthSpace);
                    }

                    break;
                case '@':
                    builder.Append('@').Append(ZeroWidthSpace);
                    break;
                case '.' when i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    builder.Append("\\.");
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append(' ');
                    break;
                case '\n' or '\t' or '\u2028' or '\u2029' or '\u0085':
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        builder.Append(MarkupText.IsAllowed(c) ? c : MarkupText.Replacement);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds no character that <see cref="Escape"/> changes: letters, digits, spaces and harmless punctuation.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ' ' or ',' or '-' or '\'' or '/' or '?' or ';' or '%' or '\u00B7'
                || (c > '\u00A0' && !char.IsSurrogate(c) && MarkupText.IsAllowed(c) && c is not ('\u2028' or '\u2029'))))
            {
                return false;
            }
        }

        return true;
    }
}
