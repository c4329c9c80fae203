using System.Text.RegularExpressions;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// A reader of the Mermaid journey text that JourneyKit writes, following Mermaid's journey lexer:
/// <c>title [^#\n;]+</c>, <c>section [^#:\n;]+</c>, a task name <c>[^#:\n;]+</c>, then <c>:</c> data
/// <c>[^#\n;]+</c> split at <c>:</c> into score and actors, actors split at <c>,</c>; and no <c>%</c>, which
/// starts a comment (<c>[^\}]\%\%*[^\n]*</c>, <c>\%%[^\n]*</c>) or a directive (<c>%%{</c>).
/// </summary>
internal static partial class MermaidGrammar
{
    private static readonly string[] Keywords = ["journey", "title", "section", "acctitle", "accdescr"];

    public sealed record Task(string Name, int Score, IReadOnlyList<string> Actors, bool AfterNoEmotionComment);

    public sealed record Section(string Name, List<Task> Tasks);

    public sealed record Diagram(string Title, IReadOnlyList<Section> Sections);

    /// <summary>
    /// Reads the diagram; fails the test on any line the grammar would not take as JourneyKit means it.
    /// The names it returns are the drawn texts mapped back (<see cref="MermaidText.Unescape"/>).
    /// </summary>
    public static Diagram Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        var lines = text[..^1].Split('\n');
        Assert.Equal("journey", lines[0]);
        Assert.StartsWith("    title ", lines[1], StringComparison.Ordinal);
        var title = MermaidText.Unescape(Field(lines[1]["    title ".Length..], allowColon: true));
        var sections = new List<Section>();
        var comment = false;
        foreach (var line in lines.Skip(2))
        {
            if (line.StartsWith("    section ", StringComparison.Ordinal))
            {
                sections.Add(new Section(MermaidText.Unescape(Field(line["    section ".Length..], allowColon: false)), []));
                continue;
            }

            if (line == "        %% no emotion stated for the next task: drawn as neutral (3)")
            {
                comment = true;
                continue;
            }

            Assert.StartsWith("        ", line, StringComparison.Ordinal);
            Assert.NotEmpty(sections);
            var body = line[8..];
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"task line without ':': {line}");
            var name = MermaidText.Unescape(Field(body[..colon], allowColon: false));
            Assert.False(StartsWithKeyword(body[..colon]), $"a task name that the lexer reads as a keyword: {line}");
            Assert.DoesNotMatch("^(?i:click|classDef|class|style|linkStyle|callback)(?![A-Za-z0-9])", body);
            var data = body[(colon + 1)..];
            var match = TaskData().Match(data);
            Assert.True(match.Success, $"task data does not match ': N[: actors]': {line}");
            var actors = match.Groups[2].Success
                ? match.Groups[2].Value.Split(", ").Select(a => MermaidText.Unescape(Field(a, allowColon: false, allowComma: false))).ToList()
                : [];
            sections[^1].Tasks.Add(new Task(name, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), actors, comment));
            comment = false;
        }

        return new Diagram(title, sections);
    }

    /// <summary>
    /// Checks one field and returns it as Mermaid shows it: the journey diagram decodes nothing, so the
    /// text drawn is the field itself (map it back with <c>MermaidText.Unescape</c> to compare with a name).
    /// </summary>
    public static string Field(string field, bool allowColon, bool allowComma = true)
    {
        Assert.NotEmpty(field);
        Assert.DoesNotContain('#', field);
        Assert.DoesNotContain(';', field);
        Assert.DoesNotContain('\n', field);
        Assert.DoesNotContain('\r', field);
        Assert.DoesNotContain('%', field);
        if (!allowColon)
        {
            Assert.DoesNotContain(':', field);
        }

        if (!allowComma)
        {
            Assert.DoesNotContain(',', field);
        }

        Assert.False(IsTrimmed(field[0]) || IsTrimmed(field[^1]), $"a field Mermaid would trim: '{field}'");
        Assert.All(field, c => Assert.False(c is < '\u0020' or '\u007F', $"control character U+{(int)c:X4} in '{field}'"));
        Assert.DoesNotMatch("#[0-9]+;", field); // an entity code: the journey diagram would show it raw
        return field;
    }

    // JavaScript's String.prototype.trim set (which Mermaid uses) and .NET's whitespace.
    private static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    public static bool StartsWithKeyword(string name) =>
        Keywords.Any(k => name.Length >= k.Length && string.Equals(AsciiLower(name[..k.Length]), k, StringComparison.Ordinal));

    private static string AsciiLower(string text) => new(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToArray());

    [GeneratedRegex("^ ([1-5])(?:: (.+))?$")]
    private static partial Regex TaskData();

    /// <summary>
    /// <paramref name="text"/> with every character no document may hold (C1 controls U+0080–U+009F, U+FFFE,
    /// U+FFFF, lone surrogates) replaced by U+FFFD, as every view draws it: the name to compare a drawn field with.
    /// </summary>
    public static string Replaced(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c is (>= '\u0080' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
