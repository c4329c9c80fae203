using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Escapes user text for XML and HTML, in element content and in quoted attribute values alike.
/// </summary>
/// <remarks>
/// <c>&amp;</c> <c>&lt;</c> <c>&gt;</c> <c>"</c> <c>'</c> become character references, so no text can open
/// a tag, close an attribute or a CDATA section (<c>]]&gt;</c>) or start an entity. Characters XML 1.0
/// forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF, lone surrogates) and the C1
/// controls U+007F–U+009F, which HTML parsers reject, become U+FFFD, the replacement character.
/// Tab, line feed and carriage return stay.
/// </remarks>
internal static class MarkupText
{
    /// <summary>The character that stands for one a document cannot hold.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Returns <paramref name="text"/> escaped; <see langword="null"/> gives the empty string.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsEscaping(text))
        {
            return text; // most names: nothing to escape, so no copy
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// Returns <paramref name="text"/> escaped for a quoted attribute value that must read back exactly: as
    /// <see cref="Escape"/>, and tab, line feed and carriage return as character references, which attribute-value
    /// normalization would otherwise turn into spaces.
    /// </summary>
    public static string EscapeAttribute(string? text) =>
        Escape(text).Replace("\t", "&#9;", StringComparison.Ordinal).Replace("\n", "&#10;", StringComparison.Ordinal).Replace("\r", "&#13;", StringComparison.Ordinal);

    /// <summary>Whether <see cref="Append"/> would write anything but <paramref name="text"/> itself.</summary>
    private static bool NeedsEscaping(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends <paramref name="text"/> escaped to <paramref name="builder"/>.</summary>
    public static StringBuilder Append(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return builder;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        builder.Append(IsAllowed(c) ? c : Replacement);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Whether a single UTF-16 unit (not part of a surrogate pair) may appear in the output.</summary>
    public static bool IsAllowed(char c) => c switch
    {
        '\t' or '\n' or '\r' => true,
        < '\u0020' => false,
        >= '\u007F' and <= '\u009F' => false,
        '\uFFFE' or '\uFFFF' => false,
        _ => !char.IsSurrogate(c),
    };
}
