namespace JourneyKit.Csv;

/// <summary>A CSV line that could not be used: where, what is wrong, and what it says.</summary>
/// <param name="LineNumber">The 1-based physical line where the record begins (the header is line 1).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">What is wrong, as a phrase for a person: <c>the timestamp '31/01/2026' is not …</c>.</param>
/// <param name="Content">The line's text, at most 200 characters (longer lines end with <c>…</c>), line breaks shown as <c>\r</c> and <c>\n</c>.</param>
public sealed record CsvProblem(long LineNumber, CsvProblemKind Kind, string Message, string Content);
