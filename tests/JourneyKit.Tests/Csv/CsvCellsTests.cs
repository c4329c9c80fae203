using JourneyKit.Csv;

namespace JourneyKit.Tests.Csv;

public class CsvCellsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-1e-5", "-1e-5")]
    [InlineData("-1.", "'-1.")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void WriteCell_QuotesAndNeutralises(string? value, string expected)
    {
        var writer = new StringWriter();
        CsvCells.WriteCell(writer, value);
        Assert.Equal(expected, writer.ToString());
    }
}
