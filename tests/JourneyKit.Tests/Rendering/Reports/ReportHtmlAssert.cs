using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JourneyKit.Tests.Rendering.Reports;

/// <summary>
/// The checks every report page must pass: it parses as XML with nothing live (<see cref="MarkupAssert"/>), and an HTML5
/// parser (AngleSharp, the way a browser builds the tree) finds no script, no reference to anything outside the file and
/// no element out of place.
/// </summary>
internal static class ReportHtmlAssert
{
    /// <summary>Checks <paramref name="html"/> and returns the document as an HTML5 parser builds it.</summary>
    public static IDocument Page(string html)
    {
        MarkupAssert.NoRawPayloads(html);
        MarkupAssert.Html(html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, image, use, a, form, base"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name is "src" or "href" or "xlink:href" or "srcset" or "action" or "style", $"{attribute.Name} on <{element.LocalName}>");
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} on <{element.LocalName}>");
                Assert.DoesNotContain("url(", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
        }

        var style = Assert.Single(document.QuerySelectorAll("style")).TextContent;
        Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
        // The only "http" in the page is the namespaces of the html and svg elements.
        Assert.Equal(
            document.QuerySelectorAll("svg").Length + 1,
            System.Text.RegularExpressions.Regex.Matches(html, "https?:", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Count);
        Assert.Equal(
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content"));
        return document;
    }

    /// <summary>The ids of the page's sections, in order.</summary>
    public static IReadOnlyList<string?> Sections(IDocument document) => document.QuerySelectorAll("section").Select(s => s.Id).ToList();

    /// <summary>The text as a parser reads it back: forbidden characters replaced, line ends normalized.</summary>
    public static string Sanitized(string? text) => System.Xml.Linq.XElement.Parse("<r>" + JourneyKit.Rendering.MarkupText.Escape(text) + "</r>").Value;
}
