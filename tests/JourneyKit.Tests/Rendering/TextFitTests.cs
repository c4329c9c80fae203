using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Rendering;

namespace JourneyKit.Tests.Rendering;

public class TextFitTests
{
    [Fact]
    public void Truncate_ShortText_IsUnchanged()
    {
        Assert.Equal("Basket", TextFit.Truncate("Basket", 200, 12));
    }

    [Fact]
    public void Truncate_LongText_EndsWithAnEllipsisAndFits()
    {
        var text = TextFit.Truncate("Order confirmation email with every detail", 120, 12);

        Assert.EndsWith(TextFit.Ellipsis, text, StringComparison.Ordinal);
        Assert.StartsWith("Order", text, StringComparison.Ordinal);
        Assert.True(TextFit.Width(text, 12) <= 120);
    }

    [Fact]
    public void Wrap_BreaksAtSpaces()
    {
        // 6.72 px per lowercase letter at 12 px, a space 3.36 px: "aaaa bbbb" = 57.1 px fits 60, "aaaa bbbb cccc" does not.
        Assert.Equal(["aaaa bbbb", "cccc"], TextFit.Wrap("aaaa bbbb cccc", 60, 12, 3));
    }

    [Fact]
    public void Wrap_TooMuchText_EndsTheLastLineWithAnEllipsis()
    {
        var lines = TextFit.Wrap("aaaa bbbb cccc dddd eeee", 60, 12, 2);

        Assert.Equal(2, lines.Count);
        Assert.Equal("aaaa bbbb", lines[0]);
        Assert.EndsWith(TextFit.Ellipsis, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_LinesNeverExceedTheWidthOrCount()
    {
        var arb = (from text in MermaidTextTests.Strings
                   from width in Gen.Choose(30, 300)
                   from lines in Gen.Choose(1, 4)
                   select (text, width, lines)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(arb, input =>
        {
            var wrapped = TextFit.Wrap(input.text, input.width, 12, input.lines);
            Assert.True(wrapped.Count <= input.lines);
            Assert.All(wrapped, line => Assert.True(TextFit.Width(line, 12) <= input.width + 1, $"'{line}' is wider than {input.width}"));
            Assert.All(wrapped, line => Assert.DoesNotContain('\n', line));
        }));
    }
}
