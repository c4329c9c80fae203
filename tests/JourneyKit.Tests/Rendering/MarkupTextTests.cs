using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class MarkupTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("]]>", "]]&gt;")]
    [InlineData("a & b's", "a &amp; b&#39;s")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("tab\tline\ncr\r", "tab\tline\ncr\r")]
    [InlineData("\u0000\u0008\u000B\u000C\u001F\u007F\u0085\u009F\uFFFE\uFFFF", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")]
    [InlineData("\uD83D\uDE00\u00E9", "\uD83D\uDE00\u00E9")]
    [InlineData(null, "")]
    public void Escape_WritesCharacterReferencesAndReplacesForbiddenCharacters(string? text, string expected)
    {
        Assert.Equal(expected, MarkupText.Escape(text));
    }

    [Fact]
    public void Escape_LoneSurrogates_BecomeReplacementCharacters()
    {
        Assert.Equal("a\uFFFDb\uFFFD", MarkupText.Escape("a\uDC00b\uD800"));
    }

    [Fact]
    public void Escape_InTextAndAttributes_ParsesBackToTheSanitizedText()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(MermaidTextTests.Strings.ToArbitrary(), text =>
        {
            var escaped = MarkupText.Escape(text);
            var sanitized = Sanitize(text);
            var lines = sanitized.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

            using (var reader = XmlReader.Create(new StringReader("<r>" + escaped + "</r>"), Settings))
            {
                reader.MoveToContent();
                Assert.Equal(lines, reader.ReadElementContentAsString());
            }

            using (var reader = XmlReader.Create(new StringReader("<r a=\"" + escaped + "\" b='" + escaped + "'/>"), Settings))
            {
                reader.MoveToContent();
                var normalized = lines.Replace('\n', ' ').Replace('\t', ' ');
                Assert.Equal(normalized, reader.GetAttribute("a"));
                Assert.Equal(normalized, reader.GetAttribute("b"));
            }
        }));
    }

    private static XmlReaderSettings Settings => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>The literal definition: every UTF-16 unit XML 1.0 or HTML refuses, and every lone surrogate, becomes U+FFFD.</summary>
    private static string Sanitize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            var allowed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (!allowed)
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
