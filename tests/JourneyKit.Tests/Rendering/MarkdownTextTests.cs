using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("Size guide", "Size guide")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert\\(1\\)\\</script\\>")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\]\\(javascript\\:alert\\(1\\)\\)")]
    [InlineData("![i](x)", "\\!\\[i\\]\\(x\\)")]
    [InlineData("*em* _em_ `code` ~~s~~ $x$", "\\*em\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ \\$x\\$")]
    [InlineData("# h &amp; \\", "\\# h \\&amp; \\\\")]
    [InlineData("two\nlines\r\nand\ttab", "two lines and tab")]
    [InlineData("ctl\u0000\u001B", "ctl\uFFFD\uFFFD")]
    [InlineData("Post-purchase 1.5", "Post-purchase 1.5")]
    [InlineData("see https://x.example or www.x.example", "see https\\://x.example or www\\.x.example")]
    [InlineData("foo@x.example @everyone #12 #a", "foo@&#8203;x.example @&#8203;everyone \\#&#8203;12 \\#a")]
    [InlineData("a^b^ ==c== ++d++ \"\"e\"\" ::f::", "a\\^b\\^ \\=\\=c\\=\\= \\+\\+d\\+\\+ \\\"\\\"e\\\"\\\" \\:\\:f\\:\\:")]
    public void Escape_BackslashesMarkupAndFoldsLines(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }
}
