using System.Buffers.Text;
using JourneyKit.Analytics;
using JourneyKit.Model;
using JourneyKit.Serialization;

namespace JourneyKit.Benchmarks.Analytics;

/// <summary>
/// Makes realistic event data for the retail map (benchmarks/data/retail-map.json): customers walk
/// the five stages forwards with some lingering, going back and skipping; a few events hit a
/// touchpoint that is not in the map. Deterministic for a seed.
/// </summary>
internal static class EventGenerator
{
    public const string UnknownTouchpoint = "legacy-kiosk";

    private static readonly string[][] Touchpoints =
    [
        ["display-ad", "social-post", "search"],
        ["product-page", "size-guide", "reviews"],
        ["cart", "checkout", "order-confirmation"],
        ["delivery", "support-chat"],
        ["review-request", "referral"],
    ];

    private static readonly (string Text, TimeSpan Offset)[] Offsets =
        [("Z", TimeSpan.Zero), ("+02:00", TimeSpan.FromHours(2)), ("-05:00", TimeSpan.FromHours(-5)), ("+05:30", new(5, 30, 0)), ("+01:00", TimeSpan.FromHours(1))];

    private static readonly long Start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public static JourneyMap LoadMap()
    {
        var path = FindUp(Path.Combine("benchmarks", "data", "retail-map.json"));
        return new JourneySerializer().Read(File.ReadAllBytes(path));
    }

    /// <summary>The events of <paramref name="customers"/> customers (1 to 9 each, 5 on average), grouped by customer.</summary>
    /// <param name="customers">How many customers.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="eventsPerCustomer">A fixed number of events for every customer, or 0 for 1 to 9 at random.</param>
    public static Row[] Rows(int customers, int seed, int eventsPerCustomer = 0)
    {
        var random = new Random(seed);
        var rows = new List<Row>(customers * (eventsPerCustomer == 0 ? 5 : eventsPerCustomer));
        for (var c = 0; c < customers; c++)
        {
            var count = eventsPerCustomer == 0 ? 1 + random.Next(9) : eventsPerCustomer;
            var stage = random.NextDouble() < 0.9 ? 0 : random.Next(5);
            var ticks = Start + (long)(random.NextDouble() * 30 * TimeSpan.TicksPerDay);
            for (var i = 0; i < count; i++)
            {
                var touchpoint = random.NextDouble() < 0.001 ? (byte)255 : (byte)random.Next(Touchpoints[stage].Length);
                var millis = random.Next(2) == 0 ? -1 : random.Next(1000);
                rows.Add(new Row(c, (byte)stage, touchpoint, ticks + (millis < 0 ? 0 : millis * TimeSpan.TicksPerMillisecond), (byte)random.Next(Offsets.Length), millis >= 0));

                // Mostly onwards, sometimes lingering, back or skipping; minutes to days between events.
                var move = random.NextDouble();
                stage = move switch
                {
                    < 0.25 => stage,
                    < 0.85 => Math.Min(stage + 1, 4),
                    < 0.95 => Math.Max(stage - 1, 0),
                    _ => Math.Min(stage + 2, 4),
                };
                ticks += (long)(-Math.Log(1 - random.NextDouble()) * 6 * TimeSpan.TicksPerHour) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond;
            }
        }

        return [.. rows];
    }

    public static void Shuffle(Row[] rows, int seed) => new Random(seed).Shuffle(rows);

    public static JourneyEvent[] Events(Row[] rows)
    {
        var ids = new Dictionary<int, string>();
        return rows.Select(r => new JourneyEvent(
            ids.TryGetValue(r.Customer, out var id) ? id : ids[r.Customer] = CustomerId(r.Customer),
            TouchpointId(r),
            new DateTimeOffset(r.Ticks, TimeSpan.Zero).ToOffset(Offsets[r.Offset].Offset))).ToArray();
    }

    public static string CustomerId(int customer) => $"c{customer:D7}";

    public static string TouchpointId(Row row) => row.Touchpoint == 255 ? UnknownTouchpoint : Touchpoints[row.Stage][row.Touchpoint];

    /// <summary>Writes the rows as CSV: <c>customerId,touchpointId,timestamp</c>, ISO 8601 in the row's offset.</summary>
    public static long WriteCsv(Row[] rows, Stream output)
    {
        var buffer = new byte[1 << 20];
        var used = 0;
        long written = 0;
        void Flush()
        {
            output.Write(buffer, 0, used);
            written += used;
            used = 0;
        }

        var header = "customerId,touchpointId,timestamp\n"u8;
        header.CopyTo(buffer);
        used = header.Length;
        var touchpointBytes = Touchpoints.Select(s => s.Select(t => System.Text.Encoding.UTF8.GetBytes(t)).ToArray()).ToArray();
        var unknown = System.Text.Encoding.UTF8.GetBytes(UnknownTouchpoint);
        foreach (var row in rows)
        {
            if (buffer.Length - used < 256)
            {
                Flush();
            }

            var span = buffer.AsSpan(used);
            span[0] = (byte)'c';
            Utf8Formatter.TryFormat(row.Customer, span[1..], out var n, new System.Buffers.StandardFormat('D', 7));
            var p = 1 + n;
            span[p++] = (byte)',';
            var tp = row.Touchpoint == 255 ? unknown : touchpointBytes[row.Stage][row.Touchpoint];
            tp.CopyTo(span[p..]);
            p += tp.Length;
            span[p++] = (byte)',';
            var (text, offset) = Offsets[row.Offset];
            var local = new DateTime(row.Ticks + offset.Ticks);
            Utf8Formatter.TryFormat(local, span[p..], out n, new System.Buffers.StandardFormat('O'));
            // 'O' writes yyyy-MM-ddTHH:mm:ss.fffffff; keep seconds, or milliseconds when the row has them.
            p += row.Millis ? n - 4 : n - 8;
            foreach (var ch in text)
            {
                span[p++] = (byte)ch;
            }

            span[p++] = (byte)'\n';
            used += p;
        }

        Flush();
        return written;
    }

    /// <summary><c>generate-events --out FILE [--customers N] [--seed S] [--grouped]</c>.</summary>
    public static int Run(string[] args)
    {
        string? output = null;
        var customers = 2_000_000;
        var seed = 42;
        var grouped = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out": output = args[++i]; break;
                case "--customers": customers = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--grouped": grouped = true; break;
                default: Console.Error.WriteLine($"generate-events: unknown argument '{args[i]}'"); return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine("usage: generate-events --out FILE [--customers N] [--seed S] [--grouped]");
            return 2;
        }

        var rows = Rows(customers, seed);
        if (!grouped)
        {
            Shuffle(rows, seed + 1);
        }

        using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var bytes = WriteCsv(rows, file);
        Console.WriteLine($"{output}: {rows.Length:N0} events of {customers:N0} customers, {bytes / 1e6:N0} MB, {(grouped ? "grouped by customer" : "in random order")}");
        return 0;
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Cannot find {relative} above {AppContext.BaseDirectory}.");
    }

    /// <summary>One generated event: customer number, stage and touchpoint (255 = not in the map), UTC ticks, offset index, whether it has milliseconds.</summary>
    internal readonly record struct Row(int Customer, byte Stage, byte Touchpoint, long Ticks, byte Offset, bool Millis);
}
