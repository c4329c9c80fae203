using JourneyKit.Csv;

namespace JourneyKit.Tests.Csv;

public class CsvCellsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+x", "'+x")]
    [InlineData("+5", "'+5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-x", "'-x")]
    [InlineData("-5", "-5")]
    [InlineData("-5.25", "-5.25")]
    [InlineData("-1e-3", "-1e-3")]
    [InlineData("-2.5E+10", "-2.5E+10")]
    [InlineData("-1.2.3", "'-1.2.3")]
    [InlineData("-5.", "'-5.")]
    [InlineData("-", "'-")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-5\n", "\"'-5\n\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void WriteCell_SpreadsheetSafeThenRfc4180(string? value, string expected)
    {
        using var writer = new StringWriter();
        CsvCells.WriteCell(writer, value);
        Assert.Equal(expected, writer.ToString());
    }
}
