using System.Text;
using System.Text.RegularExpressions;
using JourneyKit.Rendering;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JourneyKit.Tests.Rendering;

/// <summary>
/// Markdig with its advanced extensions (autolinks, pipe tables, footnotes …) as the stand-in for a GitHub-flavoured
/// Markdown renderer: what it makes of a Markdown text, and what GitHub would find in the rendered text afterwards.
/// </summary>
internal static partial class MarkdownOracle
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Parses <paramref name="markdown"/> as GitHub would.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>The links (bracketed, autolinks, images), raw HTML and entities other than the zero-width space the escaping writes.</summary>
    public static IReadOnlyList<string> LiveMarkup(MarkdownObject document) =>
        document.Descendants().Select(d => d switch
        {
            LinkInline link => "link " + link.Url,
            AutolinkInline autolink => "autolink " + autolink.Url,
            HtmlInline html => "raw HTML " + html.Tag,
            HtmlBlock => "raw HTML block",
            HtmlEntityInline entity when entity.Original.ToString() != MarkdownText.ZeroWidthSpace => "entity " + entity.Original,
            _ => null,
        }).OfType<string>().ToList();

    /// <summary>The text a reader sees (and GitHub's mention and reference filters scan) in the inline content under <paramref name="node"/>.</summary>
    public static string Text(MarkdownObject node)
    {
        var text = new StringBuilder();
        foreach (var leaf in node is LeafBlock own ? [own] : node.Descendants().OfType<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Append(text, inline);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
        }
    }

    /// <summary>What GitHub would turn into a mention (<c>@name</c>), an issue reference (<c>#123</c>) or an e-mail link in rendered text.</summary>
    public static IReadOnlyList<string> References(string renderedText) =>
        Reference().Matches(renderedText).Select(m => m.Value).ToList();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])@[A-Za-z0-9]|#[0-9]|[A-Za-z0-9._%+-]@[A-Za-z0-9]")]
    private static partial Regex Reference();
}
