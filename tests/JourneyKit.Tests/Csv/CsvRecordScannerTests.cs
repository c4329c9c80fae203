using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Csv;
using CsvField = JourneyKit.Csv.CsvField;

namespace JourneyKit.Tests.Csv;

public class CsvRecordScannerTests
{
    private static readonly string[] Pieces = ["a", "b", "7", ",", "\"", "\n", "\r", "\r\n", " ", "é", "日本", "\"\""];

    [Theory]
    [InlineData("a,b,c\n", new[] { "a", "b", "c" })]
    [InlineData("a,b,c\r\n", new[] { "a", "b", "c" })]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("\"a,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n", new[] { "a,1", "say \"hi\"", "two\nlines" })]
    [InlineData("\"\",,\"\"\r\n", new[] { "", "", "" })]
    [InlineData("a\rb,c\n", new[] { "a\rb", "c" })]
    [InlineData(",\n", new[] { "", "" })]
    public void Scan_SplitsFields(string text, string[] expected)
    {
        var records = ScanAll(Encoding.UTF8.GetBytes(text));

        var record = Assert.Single(records);
        Assert.Null(record.Problem);
        Assert.Equal(expected, record.Fields);
    }

    [Theory]
    [InlineData("ab\"c,d\n", CsvProblemKind.QuoteInUnquotedField, 2)]
    [InlineData("\"ab\"c,d\n", CsvProblemKind.TextAfterClosingQuote, 2)]
    [InlineData("\"ab,d\nx,y\n", CsvProblemKind.UnclosedQuote, 1)]
    public void Scan_BrokenQuoting_IsReportedWithAWellDefinedEnd(string text, CsvProblemKind problem, int fields)
    {
        var record = ScanAll(Encoding.UTF8.GetBytes(text))[0];

        Assert.Equal(problem, record.Problem);
        Assert.Equal(fields, record.Fields.Length);
    }

    [Fact]
    public void LastRecordEnd_StopsBeforeARecordThatMayContinue()
    {
        Assert.Equal(4, CsvRecordScanner.LastRecordEnd("a,b\nc,d"u8));
        Assert.Equal(8, CsvRecordScanner.LastRecordEnd("a,b\nc,d\n"u8));
        Assert.Equal(4, CsvRecordScanner.LastRecordEnd("a,b\n\"c\nd"u8)); // the quoted line feed is not a record end
        Assert.Equal(0, CsvRecordScanner.LastRecordEnd("\"a\nb\nc"u8));
        Assert.Equal(12, CsvRecordScanner.LastRecordEnd("x,y\n\"a\nb\",c\nd"u8));
    }

    [Fact]
    public void Scan_AgreesWithCsvHelper_OnValidRfc4180()
    {
        var field = from pieces in Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p))
                    from quoteAnyway in Gen.Elements(false, false, true)
                    select (Text: pieces, Quote: quoteAnyway || pieces.IndexOfAny([',', '"', '\r', '\n']) >= 0);
        var record = Gen.NonEmptyListOf(field).Select(f => f.ToArray());
        var document = from records in Gen.NonEmptyListOf(record)
                       from crlf in Gen.Elements(false, true)
                       from finalBreak in Gen.Elements(false, true)
                       select Encode(records.ToArray(), crlf ? "\r\n" : "\n", finalBreak);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(document.ToArbitrary(), doc =>
        {
            var ours = ScanAll(Encoding.UTF8.GetBytes(doc.Text));
            var theirs = ReadWithCsvHelper(doc.Text, out var bad);
            var ok = !bad && ours.All(r => r.Problem is null)
                && ours.Select(r => string.Join('\u0001', r.Fields)).SequenceEqual(theirs.Select(r => string.Join('\u0001', r)))
                && ours.Select(r => string.Join('\u0001', r.Fields)).SequenceEqual(doc.Records.Select(r => string.Join('\u0001', r.Select(f => f.Text))));
            return ok ? true : throw new InvalidOperationException($"Disagreement on {System.Text.Json.JsonSerializer.Serialize(doc.Text)}: ours {System.Text.Json.JsonSerializer.Serialize(ours.Select(r => r.Fields))}, CsvHelper {System.Text.Json.JsonSerializer.Serialize(theirs)} (bad: {bad})");
        }));
    }

    [Fact]
    public void Scan_AgreesWithCsvHelper_OnArbitraryTextBothAccept()
    {
        // Any mix of quotes, commas and line breaks: wherever neither reader sees bad data, the records agree.
        var text = Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5_000), Prop.ForAll(text.ToArbitrary(), doc =>
        {
            var ours = ScanAll(Encoding.UTF8.GetBytes(doc));
            var theirs = ReadWithCsvHelper(doc, out var bad);
            if (bad || ours.Any(r => r.Problem is not null) || doc.Contains('\r', StringComparison.Ordinal))
            {
                return true; // a bare CR ends a record for CsvHelper but is data for us (documented); broken quoting is reported
            }

            return ours.Select(r => string.Join('\u0001', r.Fields)).SequenceEqual(theirs.Select(r => string.Join('\u0001', r)));
        }));
    }

    internal static List<(string[] Fields, CsvProblemKind? Problem)> ScanAll(byte[] data)
    {
        var result = new List<(string[], CsvProblemKind?)>();
        var fields = new CsvField[4096];
        var p = 0;
        while (p < data.Length)
        {
            var start = p;
            p = CsvRecordScanner.Scan(data, p, fields, out var count, out var problem);
            if (count == 1 && CsvRecordScanner.IsBlank(data, start, p))
            {
                continue;
            }

            result.Add((fields.Take(count).Select(f =>
            {
                var bytes = data.AsSpan(f.Start, f.Length).ToArray();
                var length = f.Escaped ? CsvRecordScanner.Unescape(bytes) : bytes.Length;
                return Encoding.UTF8.GetString(bytes, 0, length);
            }).ToArray(), problem));
        }

        return result;
    }

    private static List<string[]> ReadWithCsvHelper(string text, out bool bad)
    {
        var sawBad = false;
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            Separator = ',',
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = _ => sawBad = true,
        };
        var records = new List<string[]>();
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text), options);
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        bad = sawBad;
        return records;
    }

    private static (string Text, (string Text, bool Quote)[][] Records) Encode((string Text, bool Quote)[][] records, string lineBreak, bool finalBreak)
    {
        // A record of one empty unquoted field would be a blank line: quote it so it stays a record.
        records = records.Select(r => r.Length == 1 && r[0].Text.Length == 0 ? [(r[0].Text, true)] : r).ToArray();
        var text = string.Join(lineBreak, records.Select(r => string.Join(',', r.Select(f => f.Quote ? "\"" + f.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f.Text))));
        return (finalBreak ? text + lineBreak : text, records);
    }
}
