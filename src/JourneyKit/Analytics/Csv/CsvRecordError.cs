namespace JourneyKit.Analytics;

/// <summary>What the scanner found wrong with a record's quoting.</summary>
internal enum CsvRecordError : byte
{
    None,
    QuoteInUnquotedField,
    TextAfterClosingQuote,
    UnclosedQuote,
}
