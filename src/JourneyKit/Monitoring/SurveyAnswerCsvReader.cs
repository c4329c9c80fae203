using System.Buffers;
using System.Text;
using JourneyKit.Csv;

namespace JourneyKit.Monitoring;

/// <summary>Folds a CSV of answers (header <c>timestamp,touchpointId,metric,rating</c>, any order, extra columns allowed) into an accumulator, block by block.</summary>
internal static class SurveyAnswerCsvReader
{
    internal const string TimestampName = "timestamp";
    internal const string TouchpointName = "touchpointId";
    internal const string MetricName = "metric";
    internal const string RatingName = "rating";

    private static readonly string[] RequiredColumns = [TimestampName, TouchpointName, MetricName, RatingName];

    public static void Read(MonitoringAccumulator accumulator, Stream csv, bool strict, IProgress<long>? progress, CancellationToken cancellationToken, int maxLineBytes = CsvBlockSource.DefaultMaxLineBytes)
    {
        var source = new CsvBlockSource(csv, RequiredColumns, progress, maxLineBytes);
        var header = source.Header;
        var fields = new CsvField[Math.Max(header.Columns, 1)];
        var scratch = new byte[256];
        var stopped = false;
        while (!stopped && source.Next() is { } block)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stopped = Parse(accumulator, header, block, fields, ref scratch, strict);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block.Buffer);
            }
        }
    }

    private static bool Parse(MonitoringAccumulator accumulator, CsvHeader header, CsvBlock block, CsvField[] fields, ref byte[] scratch, bool strict)
    {
        var columns = header.Columns;
        int timestampColumn = header.Indexes[0], touchpointColumn = header.Indexes[1], metricColumn = header.Indexes[2], ratingColumn = header.Indexes[3];
        var data = block.Buffer.AsSpan(0, block.End);
        var p = block.Start;
        while (p < data.Length)
        {
            var recordStart = p;
            p = block.ScanRecord(p, fields, columns, out var blank, out var problem, out var detail);
            if (blank)
            {
                continue;
            }

            long ticks = 0;
            var metric = SurveyMetric.Nps;
            var rating = 0;
            if (problem is not null)
            {
                // The record's shape is wrong (line too long, quoting, column count).
            }
            else if (fields[timestampColumn] is var ts && (ts.Escaped || !IsoTimestamp.TryParseUtcTicks(data.Slice(ts.Start, ts.Length), out ticks)))
            {
                problem = CsvProblemKind.UnreadableTimestamp;
                detail = CsvText.UnreadableTimestamp(data.Slice(ts.Start, ts.Length));
            }
            else if (fields[touchpointColumn].Length == 0)
            {
                problem = CsvProblemKind.EmptyTouchpointId;
                detail = $"the {TouchpointName} is empty";
            }
            else if (!TryMetric(Field(data, fields[metricColumn], ref scratch), out metric))
            {
                problem = CsvProblemKind.UnreadableMetric;
                detail = $"the metric '{CsvText.Decode(Field(data, fields[metricColumn], ref scratch), 60)}' is not nps, csat or ces (lowercase)";
            }
            else if (!TryRating(Field(data, fields[ratingColumn], ref scratch), metric, out rating))
            {
                problem = CsvProblemKind.UnreadableRating;
                detail = $"the {MonitoringAccumulator.Name(metric)} rating '{CsvText.Decode(Field(data, fields[ratingColumn], ref scratch), 60)}' is not an integer in {SurveyAnswer.MinRating(metric)}..{SurveyAnswer.MaxRating(metric)} (written without a fraction)";
            }

            if (problem is { } malformed)
            {
                accumulator.CountMalformed();
                p = block.Resume(recordStart, p);
                accumulator.NoteProblem(Problem(block, recordStart, p, malformed, detail ?? CsvText.Describe(malformed, block.MaxLineBytes)));
                if (strict)
                {
                    return true;
                }
                continue;
            }

            if (!accumulator.InRange(ticks))
            {
                continue;
            }

            var touchpoint = Encoding.UTF8.GetString(Field(data, fields[touchpointColumn], ref scratch));
            var index = accumulator.TouchpointIndex(touchpoint);
            accumulator.Count(index, metric, rating, ticks);
            if (index < 0)
            {
                accumulator.NoteProblem(Problem(block, recordStart, p, CsvProblemKind.UnknownTouchpoint, $"the touchpoint '{CsvText.Decode(Encoding.UTF8.GetBytes(touchpoint), 80)}' is not in the map '{accumulator.Map.Id}'"));
                if (strict)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static CsvProblem Problem(CsvBlock block, int start, int end, CsvProblemKind kind, string detail) =>
        new(block.LineAt(start), kind, detail, CsvText.Content(block.Buffer.AsSpan(start, end - start)));

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> data, CsvField field, ref byte[] scratch)
    {
        var bytes = data.Slice(field.Start, field.Length);
        if (!field.Escaped)
        {
            return bytes;
        }
        if (scratch.Length < bytes.Length)
        {
            scratch = new byte[bytes.Length];
        }
        bytes.CopyTo(scratch);
        return scratch.AsSpan(0, CsvRecordScanner.Unescape(scratch.AsSpan(0, bytes.Length)));
    }

    private static bool TryMetric(ReadOnlySpan<byte> text, out SurveyMetric metric)
    {
        if (text.SequenceEqual("nps"u8))
        {
            metric = SurveyMetric.Nps;
        }
        else if (text.SequenceEqual("csat"u8))
        {
            metric = SurveyMetric.Csat;
        }
        else if (text.SequenceEqual("ces"u8))
        {
            metric = SurveyMetric.Ces;
        }
        else
        {
            metric = default;
            return false;
        }
        return true;
    }

    private static bool TryRating(ReadOnlySpan<byte> text, SurveyMetric metric, out int rating)
    {
        rating = 0;
        if (text.Length is 0 or > 2)
        {
            return false;
        }
        foreach (var b in text)
        {
            var d = unchecked((uint)(b - '0'));
            if (d > 9)
            {
                return false;
            }
            rating = (rating * 10) + (int)d;
        }
        return rating >= SurveyAnswer.MinRating(metric) && rating <= SurveyAnswer.MaxRating(metric);
    }
}
