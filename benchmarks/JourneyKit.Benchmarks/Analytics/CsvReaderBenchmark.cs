using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using JourneyKit.Analytics;
using JourneyKit.Csv;
using JourneyKit.Model;
using CsvField = JourneyKit.Csv.CsvField;

namespace JourneyKit.Benchmarks.Analytics;

/// <summary>
/// Reading the events CSV: JourneyKit's own RFC 4180 reader against CsvHelper 34 (itself a SIMD UTF-8
/// reader), doing the same work per record — find the three fields, hash the customer id, read the
/// timestamp to UTC ticks with the same ISO parser — on one thread; then CsvHelper's own parallel
/// enumeration, and JourneyKit's whole CSV analysis on all cores for scale.
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmark
{
    private byte[] _csv = [];
    private JourneyMap _map = null!;

    /// <summary>The number of CSV lines (about 47 bytes each).</summary>
    [Params(500_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = EventGenerator.LoadMap();
        var rows = EventGenerator.Rows(Lines / 5, seed: 42);
        EventGenerator.Shuffle(rows, seed: 43);
        using var stream = new MemoryStream();
        EventGenerator.WriteCsv(rows, stream);
        _csv = stream.ToArray();
    }

    [Benchmark(Baseline = true)]
    public long CsvHelperOneThread()
    {
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true };
        using var reader = CsvReader.Create(_csv, options);
        int c = -1, t = -1, s = -1;
        long sum = 0;
        while (reader.Read())
        {
            if (c < 0)
            {
                (c, t, s) = (reader.GetFieldIndex("customerId"), reader.GetFieldIndex("touchpointId"), reader.GetFieldIndex("timestamp"));
            }

            sum ^= Work(reader.GetSpan(c), reader.GetSpan(t), reader.GetSpan(s));
        }

        return sum;
    }

    [Benchmark]
    public long CsvHelperParallel()
    {
        var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true };
        using var reader = CsvReader.Create(_csv, options);
        long sum = 0;
        foreach (var value in reader.ParallelEnumerate(r => Work(r.GetSpan(0), r.GetSpan(1), r.GetSpan(2)), 2))
        {
            sum ^= value;
        }

        return sum;
    }

    [Benchmark]
    public long OwnReaderOneThread()
    {
        var data = _csv.AsSpan();
        Span<CsvField> fields = stackalloc CsvField[3];
        var p = CsvRecordScanner.Scan(data, 0, fields, out _, out _); // the header
        long sum = 0;
        while (p < data.Length)
        {
            p = CsvRecordScanner.Scan(data, p, fields, out _, out _);
            sum ^= Work(data.Slice(fields[0].Start, fields[0].Length), data.Slice(fields[1].Start, fields[1].Length), data.Slice(fields[2].Start, fields[2].Length));
        }

        return sum;
    }

    [Benchmark]
    public JourneyAnalyticsReport OwnAnalyzeCsvAllCores() => new JourneyAnalyzer().AnalyzeCsv(_map, new MemoryStream(_csv)).Report;

    private static long Work(ReadOnlySpan<byte> customer, ReadOnlySpan<byte> touchpoint, ReadOnlySpan<byte> timestamp)
    {
        IsoTimestamp.TryParseUtcTicks(timestamp, out var ticks);
        return unchecked((long)IdHash.Compute(customer) + touchpoint.Length + ticks);
    }
}
