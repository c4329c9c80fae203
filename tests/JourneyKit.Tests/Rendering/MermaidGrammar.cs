using System.Text.RegularExpressions;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// A reader of the Mermaid journey text that JourneyKit writes, following Mermaid's journey lexer:
/// <c>title [^#\n;]+</c>, <c>section [^#:\n;]+</c>, a task name <c>[^#:\n;]+</c>, then <c>:</c> data
/// <c>[^#\n;]+</c> split at <c>:</c> into score and actors, actors split at <c>,</c>.
/// </summary>
internal static partial class MermaidGrammar
{
    private static readonly string[] Keywords = ["journey", "title", "section", "acctitle", "accdescr"];

    public sealed record Task(string Name, int Score, IReadOnlyList<string> Actors, bool AfterNoEmotionComment);

    public sealed record Section(string Name, List<Task> Tasks);

    public sealed record Diagram(string Title, IReadOnlyList<Section> Sections);

    /// <summary>Reads the diagram; fails the test on any line the grammar would not take as JourneyKit means it.</summary>
    public static Diagram Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        var lines = text[..^1].Split('\n');
        Assert.Equal("journey", lines[0]);
        Assert.StartsWith("    title ", lines[1], StringComparison.Ordinal);
        var title = Field(lines[1]["    title ".Length..], allowColon: true);
        var sections = new List<Section>();
        var comment = false;
        foreach (var line in lines.Skip(2))
        {
            if (line.StartsWith("    section ", StringComparison.Ordinal))
            {
                sections.Add(new Section(Field(line["    section ".Length..], allowColon: false), []));
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
            var name = Field(body[..colon], allowColon: false);
            Assert.False(StartsWithKeyword(body[..colon]), $"a task name that the lexer reads as a keyword: {line}");
            Assert.DoesNotMatch("^(?i:click|classDef|class|style|linkStyle|callback)(?![A-Za-z0-9])", body);
            var data = body[(colon + 1)..];
            var match = TaskData().Match(data);
            Assert.True(match.Success, $"task data does not match ': N[: actors]': {line}");
            var actors = match.Groups[2].Success
                ? match.Groups[2].Value.Split(", ").Select(a => Field(a, allowColon: false, allowComma: false)).ToList()
                : [];
            sections[^1].Tasks.Add(new Task(name, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), actors, comment));
            comment = false;
        }

        return new Diagram(title, sections);
    }

    /// <summary>Checks one field and returns it decoded.</summary>
    public static string Field(string field, bool allowColon, bool allowComma = true)
    {
        Assert.NotEmpty(field);
        var bare = EntityCode().Replace(field, string.Empty);
        Assert.DoesNotContain('#', bare);
        Assert.DoesNotContain(';', bare);
        Assert.DoesNotContain('\n', bare);
        Assert.DoesNotContain('%', bare);
        Assert.DoesNotContain('<', bare);
        Assert.DoesNotContain('>', bare);
        Assert.DoesNotContain('`', bare);
        if (!allowColon)
        {
            Assert.DoesNotContain(':', bare);
        }

        if (!allowComma)
        {
            Assert.DoesNotContain(',', bare);
        }

        Assert.False(char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]), $"a field Mermaid would trim: '{field}'");
        Assert.All(bare, c => Assert.False(char.IsControl(c), $"control character U+{(int)c:X4} in '{field}'"));
        return Decode(field);
    }

    /// <summary>Mermaid's decoding of <c>#NNN;</c> codes (as the browser reads <c>&amp;#NNN;</c>), UTF-16 units kept as they are.</summary>
    public static string Decode(string field) => EntityCode().Replace(field, m =>
    {
        var code = int.Parse(m.Value.AsSpan(1, m.Value.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
        return code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
    });

    private static bool StartsWithKeyword(string name) =>
        Keywords.Any(k => name.Length >= k.Length && string.Equals(AsciiLower(name[..k.Length]), k, StringComparison.Ordinal));

    private static string AsciiLower(string text) => new(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c).ToArray());

    [GeneratedRegex("#[0-9]+;")]
    private static partial Regex EntityCode();

    [GeneratedRegex("^ ([1-5])(?:: (.+))?$")]
    private static partial Regex TaskData();
}
