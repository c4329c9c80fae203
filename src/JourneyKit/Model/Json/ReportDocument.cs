using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JourneyKit.Model;

/// <summary>
/// How every report is written and read as JSON (score, diff and analytics reports share it):
/// indented, ending with a newline, figures unrounded; a document that is not the report gives a
/// <see cref="JourneyFormatException"/> with its path and position.
/// </summary>
internal static class ReportDocument
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Writes a report as indented JSON text ending with a newline (through a pooled buffer: no trail of large arrays).</summary>
    public static string Write<T>(T report, JsonTypeInfo<T> typeInfo) =>
        PooledBufferWriter.WriteJson(WriterOptions, writer => JsonSerializer.Serialize(writer, report, typeInfo));

    /// <summary>Writes a report as indented UTF-8 JSON ending with a newline, streaming: the document is never held in memory whole.</summary>
    public static void Write<T>(T report, JsonTypeInfo<T> typeInfo, Stream utf8Json)
    {
        // The stream overload flushes as it goes: memory stays small however large the report.
        JsonSerializer.Serialize(utf8Json, report, typeInfo);
        utf8Json.Write("\n"u8);
    }

    /// <summary>Reads a report; <paramref name="what"/> names it in the message for a <c>null</c> document ("a score report").</summary>
    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new JourneyFormatException($"The document is 'null'; {what} is a JSON object.", "$");
        }
        catch (JsonException e)
        {
            throw new JourneyFormatException(e.Message, e.Path, e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }
    }
}
