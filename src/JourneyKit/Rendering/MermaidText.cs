using System.Text;

namespace JourneyKit.Rendering;

/// <summary>
/// Writes user text into a field of a Mermaid <c>journey</c> diagram. The characters the journey
/// grammar forbids are written as visible look-alikes, because Mermaid's <c>journey</c> diagram does not
/// decode <c>#NNN;</c> entity codes (it would show <c>ﬂ°°58¶ß</c> for a colon). Every other character is kept.
/// </summary>
/// <remarks>
/// The mapping (the one lossy view: SVG, HTML and Markdown tables keep the text exactly):
/// <list type="bullet">
/// <item><c>:</c> → <c>∶</c> (U+2236) except in the title, whose grammar takes it; <c>#</c> → <c>＃</c> (U+FF03), <c>;</c> → <c>；</c> (U+FF1B) — the grammar's
/// separators and comment start;</item>
/// <item><c>%</c> → <c>％</c> (U+FF05) — <c>%%</c> starts a comment (and, after any character at the start of
/// a token, so does a single <c>%</c>), and <c>%%{init}%%</c> is a directive anywhere in the text;</item>
/// <item><c>&lt;</c> → <c>＜</c> (U+FF1C) where it would open a tag (before an ASCII letter, <c>/</c>, <c>!</c> or <c>?</c>):
/// Mermaid sanitizes the text it draws and would drop <c>&lt;h&gt;</c>, and draws <c>&lt;br&gt;</c> as a line break;</item>
/// <item><c>,</c> → <c>‚</c> (U+201A) in an actor name only, where <c>,</c> separates actors;</item>
/// <item>the C0 control characters U+0000–U+001F (newline, carriage return, tab …) → their Control Pictures
/// U+2400–U+241F (<c>␊</c>, <c>␍</c>, <c>␉</c>), and DEL → <c>␡</c> (U+2421): a line break would end the statement;</item>
/// <item>the C1 control characters U+0080–U+009F, the non-characters U+FFFE and U+FFFF and a lone surrogate →
/// U+FFFD, the replacement character, as in the SVG, HTML and Markdown text: no document may hold them, and they
/// have no visible form (this and the next are the mappings that cannot be undone);</item>
/// <item>a space at the start or end of a field → <c>␠</c> (U+2420), because Mermaid trims fields; any other
/// whitespace there (which Mermaid trims as well) also becomes <c>␠</c>, the one mapping that cannot be undone;</item>
/// <item>for a task name, the first letter → its fullwidth form (<c>section Evil</c> → <c>ｓection Evil</c>) when the
/// name begins with a word the journey lexer takes as a keyword (<c>journey</c>, <c>title</c>, <c>section</c>,
/// <c>accTitle</c>, <c>accDescr</c>), or with a whole word that is a statement elsewhere in Mermaid (<c>click</c>,
/// <c>classDef</c>, <c>class</c>, <c>style</c>, <c>linkStyle</c>, <c>callback</c>).</item>
/// </list>
/// <see cref="Unescape"/> maps the look-alikes back: for text that holds none of them (no character mapped to U+FFFD, and no whitespace
/// other than a space or a control character at its ends) it gives back the original exactly.
/// </remarks>
internal static class MermaidText
{
    /// <summary>The look-alike of <c>:</c>: RATIO, U+2236.</summary>
    public const char Colon = '\u2236';

    /// <summary>The look-alike of <c>#</c>: FULLWIDTH NUMBER SIGN, U+FF03.</summary>
    public const char Hash = '\uFF03';

    /// <summary>The look-alike of <c>;</c>: FULLWIDTH SEMICOLON, U+FF1B.</summary>
    public const char Semicolon = '\uFF1B';

    /// <summary>The look-alike of <c>%</c>: FULLWIDTH PERCENT SIGN, U+FF05.</summary>
    public const char Percent = '\uFF05';

    /// <summary>The look-alike of a <c>&lt;</c> that would open a tag: FULLWIDTH LESS-THAN SIGN, U+FF1C.</summary>
    public const char LessThan = '\uFF1C';

    /// <summary>The look-alike of <c>,</c> in an actor name: SINGLE LOW-9 QUOTATION MARK, U+201A.</summary>
    public const char Comma = '\u201A';

    /// <summary>What a character no document may hold becomes: REPLACEMENT CHARACTER, U+FFFD.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>The look-alike of a space at the start or end of a field: SYMBOL FOR SPACE, U+2420.</summary>
    public const char EdgeSpace = '\u2420';

    // The journey lexer tries its keyword rules before the task-name rule, so a name that merely begins
    // with one of these (case-insensitively) would lose its first word to the keyword.
    private static readonly string[] Keywords = ["journey", "title", "section", "acctitle", "accdescr"];

    // Statements of other diagram types; not keywords of the journey grammar, but a task name never
    // starts with one as a whole word, so no line of the diagram reads like a directive to a person or a tool.
    private static readonly string[] DirectiveWords = ["click", "classdef", "class", "style", "linkstyle", "callback"];

    /// <summary>Writes <paramref name="text"/> for a section field (or any field but the title).</summary>
    public static string Escape(string text) => Escape(text, guardKeywords: false, actor: false, keepColon: false);

    /// <summary>Writes <paramref name="text"/> for the title, whose grammar (<c>title [^#\n;]+</c>) takes a <c>:</c> as it is.</summary>
    public static string EscapeTitle(string text) => Escape(text, guardKeywords: false, actor: false, keepColon: true);

    /// <summary>Writes <paramref name="text"/> for a task name, which starts a lexer token.</summary>
    public static string EscapeTaskName(string text) => Escape(text, guardKeywords: true, actor: false, keepColon: false);

    /// <summary>Writes <paramref name="text"/> for an actor name, where <c>,</c> separates actors.</summary>
    public static string EscapeActor(string text) => Escape(text, guardKeywords: false, actor: true, keepColon: false);

    /// <summary>Maps every look-alike back to the character it stands for: the inverse of the escapes.</summary>
    public static string Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                Colon => ':',
                Hash => '#',
                Semicolon => ';',
                Percent => '%',
                Comma => ',',
                LessThan => '<',
                EdgeSpace => ' ',
                '\u2421' => '\u007F',
                >= '\u2400' and <= '\u241F' => (char)(c - 0x2400),
                >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFEE0),
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is one of the look-alikes <see cref="Unescape"/> maps back.</summary>
    public static bool IsLookAlike(char c) => c is Colon or Hash or Semicolon or Percent or Comma or LessThan
        or (>= '\u2400' and <= '\u2421') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');

    /// <summary>Whitespace that Mermaid trims from a field: JavaScript's <c>String.prototype.trim</c> set and .NET's.</summary>
    public static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    private static string Escape(string text, bool guardKeywords, bool actor, bool keepColon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var leading = 0;
        while (leading < text.Length && IsTrimmed(text[leading]))
        {
            leading++;
        }

        var trailingStart = text.Length;
        while (trailingStart > leading && IsTrimmed(text[trailingStart - 1]))
        {
            trailingStart--;
        }

        var guardFirst = guardKeywords && leading == 0 && StartsWithKeyword(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is <= '\u001F')
            {
                builder.Append((char)(0x2400 + c));
            }
            else if (c == '\u007F')
            {
                builder.Append('\u2421');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c is (>= '\u0080' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                builder.Append(Replacement);
            }
            else if (i < leading || i >= trailingStart)
            {
                builder.Append(EdgeSpace);
            }
            else if (guardFirst && i == 0)
            {
                builder.Append((char)(c + 0xFEE0)); // an ASCII letter: every keyword starts with one
            }
            else
            {
                builder.Append(c switch
                {
                    ':' when !keepColon => Colon,
                    '#' => Hash,
                    ';' => Semicolon,
                    '%' => Percent,
                    ',' when actor => Comma,
                    '<' when i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?') => LessThan,
                    _ => c,
                });
            }
        }

        return builder.ToString();
    }

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
