using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using JourneyKit.Rendering;
using Markdig.Syntax;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// Map text stays text in the Markdown report: whatever a string holds, Markdig with its advanced extensions (the
/// stand-in for GitHub's renderer) makes no link, autolink, raw HTML or entity of it, the rendered text holds no
/// <c>@mention</c>, <c>#123</c> reference or e-mail address, and it reads as the string itself (but for invisible
/// zero-width spaces).
/// </summary>
public class MarkdownTextProperties
{
    private const string ZeroWidth = "\u200B";

    /// <summary>Strings made of the pieces that links, mentions, references and markup are made of.</summary>
    private static readonly Gen<string> Texts =
        Gen.ArrayOf(Gen.Elements(
            "http://", "https://", "HTTPS://", "ftp://", "mailto:", "tel:", "javascript:", "www.", "WwW.", "ww", "w", "@", "#", "1", "23",
            "a", "foo", "evil", ".", ":", "::", "/", " ", "example", "com", "<", ">", "&", "\\", "`", "*", "_", "~", "^", "=", "+",
            "\"", "'", "(", ")", "[", "]", "!", "|", "{", "}", "$", "-", "é", "\U0001F600", "&#64;", "&amp;", "<a href=x>", "everyone"))
        .Select(parts => string.Concat(parts));

    [Fact]
    public void Escape_AnyString_RendersAsItsOwnTextWithNothingLive()
    {
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            // As the report writes it: after a prefix of its own, in a list item and in a table cell.
            foreach (var (markdown, wrap) in new[]
            {
                ($"- x {MarkdownText.Escape(text)} y\n", true),
                ($"| a |\n|---|\n| {MarkdownText.Escape(text)} |\n", false),
            })
            {
                var document = MarkdownOracle.Parse(markdown);
                Assert.Empty(MarkdownOracle.LiveMarkup(document));
                var rendered = MarkdownOracle.Text(document.Descendants<LeafBlock>().Last());
                Assert.Empty(MarkdownOracle.References(rendered));
                var expected = wrap ? $"x {text} y" : text.Trim();
                Assert.Equal(expected, (wrap ? rendered : rendered.Trim()).Replace(ZeroWidth, string.Empty, StringComparison.Ordinal));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MarkdownReport_OfTheIssuesExample_HasNoLinkAndNoMention()
    {
        const string Name = "Shop https://evil.example/phish www.evil.example foo@evil.example @everyone #123";
        var map = SampleMaps.Retail() with { Name = Name, Description = Name };
        var markdown = new JourneyRenderer().Render(map, RenderFormat.Markdown);

        var document = MarkdownOracle.Parse(markdown);
        Assert.Empty(MarkdownOracle.LiveMarkup(document));
        var heading = document.Descendants<HeadingBlock>().First();
        var title = MarkdownOracle.Text(heading);
        Assert.Equal(Name, title.Replace(ZeroWidth, string.Empty, StringComparison.Ordinal));
        Assert.Empty(MarkdownOracle.References(title));
        // Written as escapes and zero-width spaces, which the Markdown source shows.
        Assert.StartsWith(@"# Shop https\://evil.example/phish www\.evil.example foo@&#8203;evil.example @&#8203;everyone \#&#8203;123", markdown, StringComparison.Ordinal);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            Assert.Empty(MarkdownOracle.References(MarkdownOracle.Text(paragraph)));
        }
    }

    [Fact]
    public void Oracle_SeesTheLinksAndMentionsOfUnescapedText()
    {
        // The positive control: the same text unescaped is four links and a mention to Markdig and the reference check.
        var document = MarkdownOracle.Parse("Shop https://evil.example/phish www.evil.example foo@evil.example @everyone <b>x</b> [l](http://x)\n");

        var live = MarkdownOracle.LiveMarkup(document);
        Assert.Contains("link https://evil.example/phish", live);
        Assert.Contains("link http://www.evil.example", live);
        Assert.Contains("link http://x", live);
        Assert.Equal(2, live.Count(l => l.StartsWith("raw HTML", StringComparison.Ordinal)));
        Assert.NotEmpty(MarkdownOracle.References(MarkdownOracle.Text(document)));
    }
}
