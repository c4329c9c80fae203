using System.Buffers;
using JourneyKit.Csv;

namespace JourneyKit.Analytics;

/// <summary>
/// One analysis of a CSV stream: workers take blocks from a <see cref="CsvBlockSource"/>, parse
/// them without allocating, and append each event to the bucket of its customer.
/// </summary>
internal sealed class CsvAnalysisRun
{
    /// <summary>The event columns the header must name.</summary>
    internal const string CustomerName = "customerId";

    /// <summary>The event columns the header must name.</summary>
    internal const string TouchpointName = "touchpointId";

    /// <summary>The event columns the header must name.</summary>
    internal const string TimestampName = "timestamp";

    private static readonly string[] RequiredColumns = [CustomerName, TouchpointName, TimestampName];

    private readonly EventBuckets _buckets;
    private readonly AnalyticsMap _map;
    private readonly int _workers;
    private readonly CsvBlockSource _source;
    private readonly CsvHeader _header;
    private readonly bool _stopAtFirstProblem;
    private readonly int _breakdownColumn = -1;
    private readonly object _problemLock = new();
    private CsvProblem? _firstProblem;
    private (int Sequence, int Offset) _firstProblemAt = (int.MaxValue, int.MaxValue);
    private readonly List<((int Sequence, int Offset) At, CsvProblem Problem)> _malformed = [];

    public CsvAnalysisRun(AnalyticsMap map, Stream csv, AnalyticsOptions options)
    {
        _map = map;
        _workers = options.Shards();
        _buckets = new EventBuckets(map, _workers);
        _source = new CsvBlockSource(csv, RequiredColumns, options.Progress, options.MaxLineBytes);
        _header = _source.Header;
        _stopAtFirstProblem = options.StopAtFirstProblem;
        if (map.Breakdown is { } breakdown)
        {
            _breakdownColumn = _header.Find(breakdown);
            if (_breakdownColumn < 0)
            {
                throw new JourneyCsvException(
                    $"the header has no '{CsvText.Visible(breakdown)}' column to break down by (found: {string.Join(", ", _header.Found.Select(n => $"'{CsvText.Visible(n)}'"))}); "
                    + "name one of the header's columns, matched ignoring case.");
            }
        }
    }

    public CsvAnalysisResult Run(CancellationToken cancellationToken)
    {
        var workers = new Task[_workers];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Factory.StartNew(() => Work(cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            Task.WaitAll(workers, cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var accumulator = new JourneyAnalyticsAccumulator(_buckets.Fold());
        return new CsvAnalysisResult
        {
            Report = accumulator.ToReport(),
            Accumulator = accumulator,
            FirstProblem = _firstProblem,
            FirstMalformedLines = [.. _malformed.Select(static m => m.Problem)],
            Stopped = _stopAtFirstProblem && _firstProblem is not null,
        };
    }

    private void Work(CancellationToken cancellationToken)
    {
        var writer = _buckets.Rent();
        var fields = new CsvField[Math.Max(_header.Columns, 1)];
        var scratch = new byte[256];
        var counts = default(EventCounts);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = _source.Next();
            if (block is null)
            {
                break;
            }

            try
            {
                if (!_source.IsStopped(block.Sequence))
                {
                    Parse(block, writer, fields, ref scratch, ref counts);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block.Buffer);
            }
        }

        _buckets.Return(writer);
        _buckets.AddCounts(counts);
    }

    private void Parse(CsvBlock block, BucketWriter writer, CsvField[] fields, ref byte[] scratch, ref EventCounts counts)
    {
        var map = _map;
        var touchpoints = map.Touchpoints;
        var codes = map.TouchpointCodes;
        var columns = _header.Columns;
        var customerColumn = _header.Indexes[0];
        var touchpointColumn = _header.Indexes[1];
        var timestampColumn = _header.Indexes[2];
        var breakdownColumn = _breakdownColumn;
        var data = block.Buffer.AsSpan(0, block.End);
        var reported = false;
        var malformedKept = 0;
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
            if (problem is not null)
            {
                // The record's shape is wrong (line too long, quoting, column count).
            }
            else if (fields[customerColumn].Length == 0)
            {
                problem = CsvProblemKind.EmptyCustomerId;
            }
            else if (fields[touchpointColumn].Length == 0)
            {
                problem = CsvProblemKind.EmptyTouchpointId;
            }
            else
            {
                var ts = fields[timestampColumn];
                if (ts.Escaped || !IsoTimestamp.TryParseUtcTicks(data.Slice(ts.Start, ts.Length), out ticks))
                {
                    problem = CsvProblemKind.UnreadableTimestamp;
                    detail = CsvText.UnreadableTimestamp(data.Slice(ts.Start, ts.Length));
                }
            }

            if (problem is { } malformed)
            {
                counts.Malformed++;
                p = block.Resume(recordStart, p);
                if (malformedKept < CsvAnalysisResult.MalformedLinesKept)
                {
                    malformedKept++;
                    NoteMalformed(block, recordStart, p, malformed, detail);
                }

                if (Report(block, recordStart, p, malformed, detail, ref reported))
                {
                    return;
                }

                continue;
            }

            counts.Events++;
            var tf = fields[touchpointColumn];
            ReadOnlySpan<byte> touchpoint = data.Slice(tf.Start, tf.Length);
            if (tf.Escaped)
            {
                if (scratch.Length < touchpoint.Length)
                {
                    scratch = new byte[touchpoint.Length];
                }

                touchpoint.CopyTo(scratch);
                touchpoint = scratch.AsSpan(0, CsvRecordScanner.Unescape(scratch.AsSpan(0, touchpoint.Length)));
            }

            var index = touchpoints.Find(touchpoint);
            if (index == touchpoints.Unknown)
            {
                counts.Unknown++;
                var message = $"the touchpoint '{CsvText.Decode(touchpoint, 80)}' is not in the map '{map.MapId}'";
                if (Report(block, recordStart, p, CsvProblemKind.UnknownTouchpoint, message, ref reported))
                {
                    return;
                }

                continue;
            }

            var code = codes[index];
            counts.CountKnown(code);
            var cf = fields[customerColumn];
            var customerLength = cf.Escaped ? CsvRecordScanner.Unescape(data.Slice(cf.Start, cf.Length)) : cf.Length;
            var customer = data.Slice(cf.Start, customerLength);
            if (breakdownColumn < 0)
            {
                writer.Add(IdHash.Compute(customer), customer, ticks, AnalyticsMap.StageOf(code));
            }
            else
            {
                // The value in place, unescaped when quoted; the position (block, offset) is the input order that breaks attribution ties.
                // (The customer column was unescaped in place already: a breakdown by it reuses it.)
                var vf = fields[breakdownColumn];
                var value = breakdownColumn == customerColumn ? customer
                    : data.Slice(vf.Start, vf.Escaped ? CsvRecordScanner.Unescape(data.Slice(vf.Start, vf.Length)) : vf.Length);
                writer.AddWithValue(IdHash.Compute(customer), customer, ticks, AnalyticsMap.StageOf(code), ((long)block.Sequence << 32) | (uint)recordStart, value);
            }
        }
    }

    /// <summary>Keeps a malformed line when it is among the first <see cref="CsvAnalysisResult.MalformedLinesKept"/> of the input so far.</summary>
    private void NoteMalformed(CsvBlock block, int recordStart, int recordEnd, CsvProblemKind kind, string? detail)
    {
        var at = (block.Sequence, recordStart);
        lock (_problemLock)
        {
            var index = _malformed.FindIndex(m => at.CompareTo(m.At) < 0);
            index = index < 0 ? _malformed.Count : index;
            if (index >= CsvAnalysisResult.MalformedLinesKept)
            {
                return;
            }

            var content = CsvText.Content(block.Buffer.AsSpan(recordStart, recordEnd - recordStart));
            _malformed.Insert(index, (at, new CsvProblem(block.LineAt(recordStart), kind, detail ?? Describe(kind, block.MaxLineBytes), content)));
            if (_malformed.Count > CsvAnalysisResult.MalformedLinesKept)
            {
                _malformed.RemoveAt(_malformed.Count - 1);
            }
        }
    }

    /// <summary>Keeps the problem when it is the earliest so far; returns whether to stop reading the block.</summary>
    private bool Report(CsvBlock block, int recordStart, int recordEnd, CsvProblemKind kind, string? detail, ref bool reported)
    {
        if (!reported)
        {
            reported = true;
            lock (_problemLock)
            {
                if ((block.Sequence, recordStart).CompareTo(_firstProblemAt) < 0)
                {
                    _firstProblemAt = (block.Sequence, recordStart);
                    var content = CsvText.Content(block.Buffer.AsSpan(recordStart, recordEnd - recordStart));
                    _firstProblem = new CsvProblem(block.LineAt(recordStart), kind, detail ?? Describe(kind, block.MaxLineBytes), content);
                }
            }
        }

        if (_stopAtFirstProblem)
        {
            _source.StopAfter(block.Sequence);
            return true;
        }

        return false;
    }

    private static string Describe(CsvProblemKind kind, int maxLineBytes) => kind switch
    {
        CsvProblemKind.EmptyCustomerId => $"the {CustomerName} is empty",
        CsvProblemKind.EmptyTouchpointId => $"the {TouchpointName} is empty",
        _ => CsvText.Describe(kind, maxLineBytes),
    };
}
