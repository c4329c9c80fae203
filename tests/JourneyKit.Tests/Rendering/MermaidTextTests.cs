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

    [Theory]
    [InlineData("Size guide", "Size guide")]
    [InlineData("a#b;c:d,e", "a#35;b#59;c#58;d#44;e")]
    [InlineData("#35;", "#35;35#59;")]
    [InlineData("100% %%{init}%%", "100#37; #37;#37;#123;init#125;#37;#37;")]
    [InlineData("line\nbreak\r\n", "line#10;break#13;#10;")]
    [InlineData(" padded\t", "#32;padded#9;")]
    [InlineData("<b>\"x\" & 'y'</b>", "#60;b#62;#34;x#34; #38; #39;y#39;#60;/b#62;")]
    [InlineData("```", "#96;#96;#96;")]
    [InlineData("\u00B6\uFB02", "#182;#64258;")]
    [InlineData("\uD83D\uDE00 ok", "\uD83D\uDE00 ok")]
    [InlineData("section Evil", "section Evil")]
    public void Escape_WritesEntityCodes(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.Escape(text));
    }

    [Fact]
    public void Escape_LoneSurrogate_WritesItsCode()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate.
        Assert.Equal("lone #55296; and #57343;", MermaidText.Escape("lone \uD800 and \uDFFF"));
    }

    [Theory]
    [InlineData("section Evil", "#115;ection Evil")]
    [InlineData("Title", "#84;itle")]
    [InlineData("JOURNEYman", "#74;OURNEYman")]
    [InlineData("accDescr: x", "#97;ccDescr#58; x")]
    [InlineData("Sections", "#83;ections")]
    [InlineData("My section", "My section")]
    [InlineData("click me", "#99;lick me")]
    [InlineData("Style: x", "#83;tyle#58; x")]
    [InlineData("classDef", "#99;lassDef")]
    [InlineData("Classic search", "Classic search")]
    [InlineData("Stylist booking", "Stylist booking")]
    public void EscapeTaskName_GuardsLexerKeywords(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.EscapeTaskName(text));
    }

    [Theory]
    [InlineData("#35;35#59;", "#35;")]
    [InlineData("a#58;b", "a:b")]
    [InlineData("#128512;", "\uD83D\uDE00")]
    [InlineData("# not a code", "# not a code")]
    [InlineData("#12x;", "#12x;")]
    public void Unescape_DecodesCodes(string text, string expected)
    {
        Assert.Equal(expected, MermaidText.Unescape(text));
    }

    [Fact]
    public void Escape_RoundTripsAndKeepsEveryFieldInTheGrammar()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(Strings.Where(s => s.Length > 0).ToArbitrary(), text =>
        {
            var field = MermaidText.Escape(text);
            var task = MermaidText.EscapeTaskName(text);
            Assert.Equal(text, MermaidGrammar.Field(field, allowColon: false, allowComma: false));
            Assert.Equal(text, MermaidGrammar.Field(task, allowColon: false, allowComma: false));
            Assert.Equal(text, MermaidText.Unescape(field));
            Assert.Equal(text, MermaidText.Unescape(task));
        }));
    }
}
