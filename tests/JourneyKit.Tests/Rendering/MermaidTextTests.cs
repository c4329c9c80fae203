using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class MermaidTextTests
{
    /// <summary>
    /// Random strings built from the characters that matter (grammar separators, comment and directive
    /// starters, markup, keywords, line breaks, controls, lone surrogates, emoji) and any UTF-16 unit.
    /// </summary>
    internal static readonly Gen<string> Strings =
        Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Elements("#", ";", ":", ",", "%", "%%", "<", ">", "&", "\"", "'", "`", "{", "}", " ", "\t", "\n", "\r\n", "\r", "\u2028", "\u0085", "\u00B6", "\uFB02", "\u00B0", "\u00DF", "#35;", "&#35;")),
            (2, Gen.Elements("section ", "title ", "journey", "accTitle: x", "accDescr", "%%{init: {}}%%", "click a call b()", "classDef c fill:#f00;", "style x fill:#f00")),
            (6, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
            (3, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Elements("\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u00E9", "\u65E5\u672C")))).Select(string.Concat);

    /// <summary>Strings that also hold the look-alikes themselves, which the writer keeps as they are.</summary>
    internal static readonly Gen<string> StringsWithLookAlikes =
        Gen.ArrayOf(Gen.Frequency(
            (8, Strings),
            (1, Gen.Elements("\uFF1C", "\u2236", "\uFF03", "\uFF1B", "\uFF05", "\u201A", "\u2420", "\u240A", "\u2421", "\uFF53", "\uFF34")))).Select(string.Concat);

    /// <summary>
    /// Whether the mapping gives <paramref name="text"/> back exactly: it holds none of the look-alikes, and its
    /// ends (the runs of whitespace Mermaid would trim) carry no whitespace other than a space or a C0 control
    /// character: the rest is drawn as ␠; and it holds no character that no document may hold (C1 controls,
    /// U+FFFE, U+FFFF, lone surrogates), which is drawn as U+FFFD.
    /// </summary>
    internal static bool MapsBack(string text) =>
        !text.Any(MermaidText.IsLookAlike)
        && MermaidGrammar.Replaced(text) == text
        && text.TakeWhile(MermaidText.IsTrimmed).All(IsEdgeFaithful)
        && text.Reverse().TakeWhile(MermaidText.IsTrimmed).All(IsEdgeFaithful);

    [Theory]
    [InlineData("Size guide", "Size guide")]
    [InlineData("a#b;c:d,e", "a\uFF03b\uFF1Bc\u2236d,e")]
    [InlineData("#35;", "\uFF0335\uFF1B")]
    [InlineData("a <h> b</i> <!x <?p < 3 <1 <", "a \uFF1Ch> b\uFF1C/i> \uFF1C!x \uFF1C?p < 3 <1 <")]
    [InlineData("100% %%{init}%%", "100\uFF05 \uFF05\uFF05{init}\uFF05\uFF05")]
    [InlineData("line\nbreak\r\n", "line\u240Abreak\u240D\u240A")]
    [InlineData(" padded\t", "\u2420padded\u2409")]
    [InlineData("\u00A0nbsp\u3000", "\u2420nbsp\u2420")]
    [InlineData("in  the middle", "in  the middle")]
    [InlineData("<b>\"x\" & 'y'</b>", "\uFF1Cb>\"x\" & 'y'\uFF1C/b>")] // real Mermaid would drop a tag: MermaidRenderingTests
    [InlineData("Children's clothing", "Children's clothing")]
    [InlineData("```", "```")]
    [InlineData("\u00B6\uFB02\u00B0\u00B0", "\u00B6\uFB02\u00B0\u00B0")]
    [InlineData("del\u007F", "del\u2421")]
    [InlineData("\uD83D\uDE00 ok", "\uD83D\uDE00 ok")]
    [InlineData("\uD83D\uDC68\u200D\uD83D\uDC69", "\uD83D\uDC68\u200D\uD83D\uDC69")]
    [InlineData("section Evil", "section Evil")]
    public void Escape_WritesLookAlikes(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.Escape(text));
    }

    [Theory]
    [InlineData("Online retail: children's clothing", "Online retail: children's clothing")]
    [InlineData("a#b;c:d,e", "a\uFF03b\uFF1Bc:d,e")]
    public void EscapeTitle_KeepsTheColon(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.EscapeTitle(text));
    }

    [Theory]
    [InlineData("Student, 2nd year", "Student\u201A 2nd year")]
    [InlineData("a:b;c#d", "a\u2236b\uFF1Bc\uFF03d")]
    public void EscapeActor_WritesTheCommaAsALookAlike(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.EscapeActor(text));
    }

    [Fact]
    public void Escape_LoneSurrogate_BecomesTheReplacementCharacter()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate. As in SVG, HTML and the Markdown
        // tables, it becomes U+FFFD, so the Markdown report that holds the diagram holds no character a document may not.
        Assert.Equal("lone \uFFFD and \uFFFD, pair \uD83D\uDE00", MermaidText.Escape("lone \uD800 and \uDFFF, pair \uD83D\uDE00"));
    }

    [Theory]
    [InlineData("a\u0080b\u0085c\u009F", "a\uFFFDb\uFFFDc\uFFFD")]
    [InlineData("x\uFFFEy\uFFFF", "x\uFFFDy\uFFFD")]
    [InlineData("\u0085lead", "\uFFFDlead")]
    public void Escape_CharacterNoDocumentMayHold_BecomesTheReplacementCharacter(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.Escape(text));
        Assert.Equal(expected, MermaidText.EscapeTaskName(text));
    }

    [Theory]
    [InlineData("section Evil", "\uFF53ection Evil")]
    [InlineData("Title", "\uFF34itle")]
    [InlineData("JOURNEYman", "\uFF2AOURNEYman")]
    [InlineData("accDescr: x", "\uFF41ccDescr\u2236 x")]
    [InlineData("Sections", "\uFF33ections")]
    [InlineData("My section", "My section")]
    [InlineData("click me", "\uFF43lick me")]
    [InlineData("Style: x", "\uFF33tyle\u2236 x")]
    [InlineData("classDef", "\uFF43lassDef")]
    [InlineData("Classic search", "Classic search")]
    [InlineData("Stylist booking", "Stylist booking")]
    [InlineData(" section", "\u2420section")]
    public void EscapeTaskName_GuardsLexerKeywords(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.EscapeTaskName(text));
    }

    [Theory]
    [InlineData("\uFF0335\uFF1B", "#35;")]
    [InlineData("a\u2236b", "a:b")]
    [InlineData("\u2420x\u240A\u2409\u2421", " x\n\t\u007F")]
    [InlineData("\uFF53ection", "section")]
    [InlineData("\uFF1Cbr> < 3", "<br> < 3")]
    [InlineData("Student\u201A 2nd\uFF05", "Student, 2nd%")]
    [InlineData("# not a look-alike: \u00E9\uFF10", "# not a look-alike: \u00E9\uFF10")]
    public void Unescape_MapsLookAlikesBack(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.Unescape(text));
    }

    [Fact]
    public void Escape_AnyString_LeavesNoForbiddenCharacterAndMapsBackToTheInput()
    {
        // Any string, look-alikes included; and as many again that hold none, so the way back is checked often.
        var strings = Gen.OneOf(StringsWithLookAlikes, Strings.Where(MapsBack)).Where(s => s.Length > 0);
        var checkedBack = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(4_000), Prop.ForAll(strings.ToArbitrary(), text =>
        {
            var title = MermaidText.EscapeTitle(text);
            var field = MermaidText.Escape(text);
            var task = MermaidText.EscapeTaskName(text);
            var actor = MermaidText.EscapeActor(text);

            // For any string: no character the grammar forbids (the grammar check reads the fields as drawn).
            Assert.Equal(title, MermaidGrammar.Field(title, allowColon: true));
            Assert.Equal(field, MermaidGrammar.Field(field, allowColon: false));
            Assert.Equal(task, MermaidGrammar.Field(task, allowColon: false));
            Assert.Equal(actor, MermaidGrammar.Field(actor, allowColon: false, allowComma: false));
            Assert.False(MermaidGrammar.StartsWithKeyword(task), task);
            MarkupAssert.NoForbiddenCharacters(title + field + task + actor);

            // Mapped back, the input itself when it held none of the look-alikes.
            if (MapsBack(text))
            {
                checkedBack++;
                Assert.Equal(text, MermaidText.Unescape(title));
                Assert.Equal(text, MermaidText.Unescape(field));
                Assert.Equal(text, MermaidText.Unescape(task));
                Assert.Equal(text, MermaidText.Unescape(actor));
            }
        }));

        Assert.True(checkedBack > 1_500, $"only {checkedBack} of 4000 strings were checked for the way back");
    }

    private static bool IsEdgeFaithful(char c) => c is ' ' or < '\u0020';
}
