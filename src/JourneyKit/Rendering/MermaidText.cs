using System.Globalization;
using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Escapes user text for a field of a Mermaid <c>journey</c> diagram with Mermaid's entity codes
/// (<c>#35;</c> is <c>#</c>), so that no character is lost and none breaks or injects into the diagram.
/// </summary>
/// <remarks>
/// Mermaid turns <c>#NNN;</c> into the HTML character reference <c>&amp;#NNN;</c> before drawing,
/// so the diagram shows the original character. Written as a code:
/// <list type="bullet">
/// <item><c>#</c> itself (first, so that decoding is unambiguous), <c>;</c> <c>:</c> <c>,</c> — the journey grammar's separators;</item>
/// <item><c>%</c> — <c>%%</c> starts a comment and <c>%%{init}%%</c> a directive anywhere on a line;</item>
/// <item><c>&lt;</c> <c>&gt;</c> <c>&amp;</c> <c>"</c> <c>'</c> <c>`</c> — markup, quoting and Markdown code fences;</item>
/// <item><c>{</c> <c>}</c> — directive and front-matter braces;</item>
/// <item>U+FB02 and U+00B6, the characters of Mermaid's internal entity placeholders (<c>ﬂ°°</c>, <c>¶ß</c>);</item>
/// <item>every control, format, line- and paragraph-separator character (so newlines become <c>#10;</c>),
/// non-characters and lone surrogates;</item>
/// <item>whitespace at the start or end of a field, which Mermaid would trim;</item>
/// <item>for a task name, the first character when the name begins with a word the journey lexer takes
/// as a keyword (<c>journey</c>, <c>title</c>, <c>section</c>, <c>accTitle</c>, <c>accDescr</c>), or with a
/// whole word that is a statement elsewhere in Mermaid (<c>click</c>, <c>classDef</c>, <c>class</c>, <c>style</c>,
/// <c>linkStyle</c>, <c>callback</c>).</item>
/// </list>
/// A newline therefore never folds into the text of the diagram source; browsers show it as a space.
/// </remarks>
internal static class MermaidText
{
    // The journey lexer tries its keyword rules before the task-name rule, so a name that merely begins
    // with one of these (case-insensitively) would lose its first word to the keyword.
    private static readonly string[] Keywords = ["journey", "title", "section", "acctitle", "accdescr"];

    // Statements of other diagram types; not keywords of the journey grammar, but a task name never
    // starts with one as a whole word, so no line of the diagram reads like a directive to a person or a tool.
    private static readonly string[] DirectiveWords = ["click", "classdef", "class", "style", "linkstyle", "callback"];

    /// <summary>Escapes <paramref name="text"/> for a title, section or actor field.</summary>
    public static string Escape(string text) => Escape(text, guardKeywords: false);

    /// <summary>Escapes <paramref name="text"/> for a task name, which starts a lexer token.</summary>
    public static string EscapeTaskName(string text) => Escape(text, guardKeywords: true);

    /// <summary>Turns every <c>#NNN;</c> code back into its character: the inverse of the escapes.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '#')
            {
                var end = i + 1;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end > i + 1 && end < text.Length && text[end] == ';'
                    && int.TryParse(text.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    && code <= 0x10FFFF)
                {
                    if (code <= 0xFFFF)
                    {
                        builder.Append((char)code);
                    }
                    else
                    {
                        builder.Append(char.ConvertFromUtf32(code));
                    }

                    i = end + 1;
                    continue;
                }
            }

            builder.Append(text[i]);
            i++;
        }

        return builder.ToString();
    }

    private static string Escape(string text, bool guardKeywords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        var leading = 0;
        while (leading < text.Length && char.IsWhiteSpace(text[leading]))
        {
            leading++;
        }

        var trailingStart = text.Length;
        while (trailingStart > leading && char.IsWhiteSpace(text[trailingStart - 1]))
        {
            trailingStart--;
        }

        var guardFirst = guardKeywords && leading == 0 && StartsWithKeyword(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (i < leading || i >= trailingStart || (guardFirst && i == 0) || MustEncode(c))
            {
                AppendCode(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool MustEncode(char c)
    {
        switch (c)
        {
            case '#' or ';' or ':' or ',' or '%' or '<' or '>' or '&' or '"' or '\'' or '`' or '{' or '}':
            case '\uFB02' or '\u00B6' or '\uFFFE' or '\uFFFF':
                return true;
        }

        if (char.IsSurrogate(c))
        {
            return true; // a lone surrogate: paired ones never get here
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static void AppendCode(StringBuilder builder, char c) =>
        builder.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');

    private static bool StartsWithKeyword(string text)
    {
        foreach (var keyword in Keywords)
        {
            if (text.Length >= keyword.Length && AsciiEqualsIgnoreCase(text.AsSpan(0, keyword.Length), keyword))
            {
                return true;
            }
        }

        foreach (var word in DirectiveWords)
        {
            if (text.Length >= word.Length && AsciiEqualsIgnoreCase(text.AsSpan(0, word.Length), word)
                && (text.Length == word.Length || !char.IsAsciiLetterOrDigit(text[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AsciiEqualsIgnoreCase(ReadOnlySpan<char> span, string lowerKeyword)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsAsciiLetterUpper(c))
            {
                c = (char)(c + 32);
            }

            if (c != lowerKeyword[i])
            {
                return false;
            }
        }

        return true;
    }
}
