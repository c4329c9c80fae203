using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Escapes user text for inline Markdown (CommonMark and GitHub Flavored Markdown): a table cell,
/// a list item or a heading, always after a prefix the renderer writes, never at the start of a line.
/// </summary>
/// <remarks>
/// Every ASCII punctuation character that can start inline markup — <c>\ ` * _ [ ] &lt; &gt; | # ~ &amp; $ { } ( ) !</c> —
/// gets a backslash, which CommonMark defines for exactly this; so no text becomes a link, an image,
/// raw HTML, an entity, emphasis, code, math or a table column. Line breaks and tabs become spaces
/// (a cell or item is one line), and other control characters U+FFFD.
/// </remarks>
internal static class MarkdownText
{
    /// <summary>Returns <paramref name="text"/> escaped for inline Markdown.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '$' or '{' or '}' or '(' or ')' or '!':
                    builder.Append('\\').Append(c);
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
}
