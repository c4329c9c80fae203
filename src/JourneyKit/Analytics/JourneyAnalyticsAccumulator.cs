using System.Runtime.InteropServices;
using System.Text;
using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// A partial analytics result over one set of customers, which merges with the partial results over
/// other, disjoint sets of customers into the result over their union — so the work splits by
/// customer across threads, processes or machines.
/// </summary>
/// <remarks>
/// <para>Fill it with <see cref="Add"/> (events in any order), or get one from
/// <see cref="JourneyAnalyzer.Accumulate(JourneyMap, IEnumerable{JourneyEvent}, AnalyticsOptions?)"/> or
/// <see cref="CsvAnalysisResult.Accumulator"/>; combine with <see cref="Merge"/>; ship between machines
/// with <see cref="WriteTo"/> and <see cref="ReadFrom"/>; finish with <see cref="ToReport"/>.</para>
/// <para>Merging is exact (the report equals the one a single pass gives) because a partial keeps every
/// funnel delta, not a summary of them, so medians are computed over the union. The precondition is that
/// no customer has events in two partials: split by customer (for instance by a hash of the id), never by time.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: use one accumulator per thread and merge them.</threadsafety>
public sealed class JourneyAnalyticsAccumulator
{
    private const uint MagicVersion1 = 0x314B414A; // "JAK1"
    private const uint MagicVersion2 = 0x324B414A; // "JAK2": added the funnel stages, the window and the times to convert
    private const uint Magic = 0x334B414A; // "JAK3": adds the breakdown, cohorts and customer rows

    private readonly AnalyticsState _state;
    private readonly TouchpointLookup _touchpoints;
    private CustomerEventStore? _pending;
    private EventCounts _pendingCounts;

    // For the pending events, by store customer index: the id (kept for the rows) and the attributed breakdown value.
    private readonly List<string> _pendingIds = [];
    private readonly List<(string? Value, long Ticks, int Stage)> _pendingGroups = [];

    /// <summary>Creates an empty accumulator for a map.</summary>
    /// <param name="map">The map the events belong to.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice.</exception>
    public JourneyAnalyticsAccumulator(JourneyMap map)
        : this(new AnalyticsState(AnalyticsMap.Create(map)))
    {
    }

    /// <summary>Creates an empty accumulator for a map with the funnel and window of <paramref name="options"/>; it merges only with partial results of the same funnel and window.</summary>
    /// <param name="map">The map the events belong to.</param>
    /// <param name="options">The funnel stages and window; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice, or the options name an unknown or repeated funnel stage or a window that is not positive.</exception>
    public JourneyAnalyticsAccumulator(JourneyMap map, AnalyticsOptions? options)
        : this(new AnalyticsState(AnalyticsMap.Create(map, AnalyticsOptions.Snapshot(options))))
    {
    }

    internal JourneyAnalyticsAccumulator(AnalyticsState state)
    {
        _state = state;
        _touchpoints = state.Map.Touchpoints.Copy();
    }

    /// <summary>The id of the map the accumulator belongs to.</summary>
    public string MapId => _state.Map.MapId;

    /// <summary>Adds one event. Events may come in any order; they are kept (about 30 bytes each) until a report or merge folds them.</summary>
    /// <param name="journeyEvent">The event; one with an empty or <see langword="null"/> id is counted as malformed.</param>
    public void Add(JourneyEvent journeyEvent)
    {
        if (string.IsNullOrEmpty(journeyEvent.CustomerId) || string.IsNullOrEmpty(journeyEvent.TouchpointId))
        {
            _pendingCounts.Malformed++;
            return;
        }

        _pendingCounts.Events++;
        var touchpoint = _touchpoints.Find(journeyEvent.TouchpointId);
        if (touchpoint == _touchpoints.Unknown)
        {
            _pendingCounts.Unknown++;
            return;
        }

        var code = _state.Map.TouchpointCodes[touchpoint];

        _pendingCounts.CountKnown(code);
        var key = MemoryMarshal.AsBytes(journeyEvent.CustomerId.AsSpan());
        var ticks = journeyEvent.Timestamp.UtcTicks;
        var stage = AnalyticsMap.StageOf(code);
        var store = _pending ??= new CustomerEventStore();
        var before = store.Customers.Count;
        var customer = store.Add(IdHash.Compute(key), key, ticks, stage);
        var map = _state.Map;
        if (!map.IsExtended)
        {
            return;
        }

        if (customer == before)
        {
            _pendingIds.Add(journeyEvent.CustomerId);
            _pendingGroups.Add(map.Breakdown is null ? default : (journeyEvent.ValueOf(map.Breakdown), ticks, stage));
            return;
        }

        if (map.Breakdown is not null)
        {
            // Events come in input order: the first keeps a tie, the last takes it.
            var (_, bestTicks, bestStage) = _pendingGroups[customer];
            var order = ticks != bestTicks ? ticks.CompareTo(bestTicks) : stage.CompareTo(bestStage);
            if (map.Attribution == BreakdownAttribution.Last ? order >= 0 : order < 0)
            {
                _pendingGroups[customer] = (journeyEvent.ValueOf(map.Breakdown), ticks, stage);
            }
        }
    }

    /// <summary>
    /// Every customer's place in the funnel (depth, last funnel stage, entry, breakdown value), ordered by customer id
    /// ordinally: the customers-out list, to write with <see cref="CustomerFunnelCsv"/>. The accumulator stays usable.
    /// </summary>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the accumulator was not made with <see cref="AnalyticsOptions.CollectCustomers"/>.</exception>
    public IReadOnlyList<CustomerFunnel> CustomerFunnels()
    {
        if (!_state.Map.CollectCustomers)
        {
            throw new InvalidOperationException($"The accumulator keeps no customer rows: make it with {nameof(AnalyticsOptions)}.{nameof(AnalyticsOptions.CollectCustomers)} set to true.");
        }

        return Folded().CustomerFunnels();
    }

    /// <summary>Adds another partial result, over other customers, to this one. <paramref name="other"/> is not changed.</summary>
    /// <param name="other">The partial result to add.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="other"/> belongs to a map with another id or other stages.</exception>
    public void Merge(JourneyAnalyticsAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!_state.Map.SameStages(other._state.Map))
        {
            throw new ArgumentException(
                $"The accumulator belongs to map '{other.MapId}' with stages [{string.Join(", ", other._state.Map.StageIds)}], {other._state.Map.DescribeFunnel()}; "
                + $"this one to map '{MapId}' with stages [{string.Join(", ", _state.Map.StageIds)}], {_state.Map.DescribeFunnel()}. Only results over the same map, funnel and window merge.",
                nameof(other));
        }

        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An accumulator cannot be merged with itself: its customers would count twice.", nameof(other));
        }

        _state.Merge(other.Folded());
    }

    /// <summary>Computes the report over every event added or merged so far. The accumulator stays usable.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="JourneyKit.Csv.PeriodLimitException">Thrown when the cohorts would span more than <see cref="AnalyticsOptions.MaxCohortPeriods"/> periods.</exception>
    public JourneyAnalyticsReport ToReport() => Folded().ToReport();

    /// <summary>Writes the partial result in a compact binary form for <see cref="ReadFrom"/> on another process or machine.</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var state = Folded();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(state.Map.MapId);
        writer.Write(state.Map.StageCount);
        foreach (var id in state.Map.StageIds)
        {
            writer.Write(id);
        }

        writer.Write(state.Map.FunnelStages.Length);
        foreach (var stage in state.Map.FunnelStages)
        {
            writer.Write(stage);
        }

        writer.Write(state.Map.WindowTicks);
        WriteOptions(writer, state.Map);
        foreach (var count in new[] { state.Events, state.MalformedLines, state.UnknownTouchpointEvents, state.Customers, state.InitiatorStated, state.CustomerInitiated })
        {
            writer.Write(count);
        }

        for (var s = 0; s < state.Map.StageCount; s++)
        {
            writer.Write(state.Reach[s]);
        }

        for (var k = 0; k < state.Funnel.Length; k++)
        {
            writer.Write(state.Funnel[k]);
            var deltas = state.Deltas[k].AsSpan();
            writer.Write(deltas.Length);
            writer.Write(MemoryMarshal.AsBytes(deltas));
        }

        var convert = state.ConvertDeltas.AsSpan();
        writer.Write(convert.Length);
        writer.Write(MemoryMarshal.AsBytes(convert));

        writer.Write(state.Paths.Count);
        foreach (var (path, customers) in state.Paths)
        {
            var stages = path.Stages();
            writer.Write(stages.Length);
            writer.Write(stages);
            writer.Write(customers);
        }

        WriteExtensions(writer, state);
    }

    private static void WriteOptions(BinaryWriter writer, AnalyticsMap map)
    {
        writer.Write(map.Breakdown is not null);
        writer.Write(map.Breakdown ?? "");
        writer.Write((byte)map.Attribution);
        writer.Write(map.BreakdownLimit);
        writer.Write(map.CohortPeriod is { } period ? (byte)(1 + (int)period) : (byte)0);
        writer.Write(map.CollectCustomers);
    }

    private static void WriteExtensions(BinaryWriter writer, AnalyticsState state)
    {
        if (state.Groups is { } groups)
        {
            writer.Write(groups.Count);
            foreach (var group in groups)
            {
                writer.Write(group.Value is not null);
                writer.Write(group.Value ?? "");
                writer.Write(group.Customers);
                foreach (var reach in group.Reach)
                {
                    writer.Write(reach);
                }

                for (var k = 0; k < group.Funnel.Length; k++)
                {
                    writer.Write(group.Funnel[k]);
                    var deltas = group.Deltas[k].AsSpan();
                    writer.Write(deltas.Length);
                    writer.Write(MemoryMarshal.AsBytes(deltas));
                }
            }
        }

        if (state.Cohorts is { } cohorts)
        {
            writer.Write(cohorts.Count);
            foreach (var (start, funnel) in cohorts)
            {
                writer.Write(start);
                foreach (var count in funnel)
                {
                    writer.Write(count);
                }
            }
        }

        if (state.Rows is { } rows)
        {
            writer.Write(rows.Count);
            foreach (var row in rows)
            {
                writer.Write(row.CustomerId);
                writer.Write(row.Depth);
                writer.Write(row.EntryTicks);
                writer.Write(row.Group is not null);
                writer.Write(row.Group ?? "");
            }
        }
    }

    private static AnalyticsOptions ReadOptions(BinaryReader reader, AnalyticsOptions options)
    {
        var hasBreakdown = reader.ReadBoolean();
        var breakdown = reader.ReadString();
        options.Breakdown = hasBreakdown ? breakdown : null;
        options.Attribution = (BreakdownAttribution)reader.ReadByte();
        options.BreakdownLimit = reader.ReadInt32();
        var period = reader.ReadByte();
        options.CohortPeriod = period == 0 ? null : (CohortPeriod)(period - 1);
        options.CollectCustomers = reader.ReadBoolean();
        return options;
    }

    private static void ReadExtensions(BinaryReader reader, AnalyticsState state)
    {
        var map = state.Map;
        if (state.Groups is not null)
        {
            var count = reader.ReadInt32();
            long customers = 0;
            for (var i = 0; i < count; i++)
            {
                var hasValue = reader.ReadBoolean();
                var value = reader.ReadString();
                var index = state.GroupOf(hasValue ? value : null);
                var group = state.Groups[index];
                if (group.Customers != 0)
                {
                    throw new InvalidDataException($"The breakdown group '{value}' appears twice.");
                }

                group.Customers = ReadCount(reader);
                customers += group.Customers;
                for (var s = 0; s < map.StageCount; s++)
                {
                    group.Reach[s] = ReadCount(reader);
                }

                for (var k = 0; k < map.FunnelStages.Length; k++)
                {
                    group.Funnel[k] = ReadCount(reader);
                    ReadDeltas(reader, group.Deltas[k], group.Funnel[k], $"Funnel step {k} of a breakdown group");
                }
            }

            if (customers != state.Customers)
            {
                throw new InvalidDataException($"The breakdown groups hold {customers} customers; the partial result has {state.Customers}.");
            }
        }

        if (state.Cohorts is not null)
        {
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var start = reader.ReadInt32();
                if (start < DateOnly.MinValue.DayNumber || start > DateOnly.MaxValue.DayNumber || CohortPeriods.StartOf(start * TimeSpan.TicksPerDay, map.CohortPeriod!.Value) != start)
                {
                    throw new InvalidDataException($"A cohort starts on day {start}, which is not the first day of a {map.CohortPeriod.ToString()!.ToLowerInvariant()}.");
                }

                var funnel = new long[map.FunnelStages.Length];
                for (var k = 0; k < funnel.Length; k++)
                {
                    funnel[k] = ReadCount(reader);
                }

                state.Cohorts[start] = funnel;
            }
        }

        if (state.Rows is not null)
        {
            var count = reader.ReadInt32();
            if (count < 0 || count != state.Customers)
            {
                throw new InvalidDataException($"The partial result holds {count} customer rows for {state.Customers} customers.");
            }

            for (var i = 0; i < count; i++)
            {
                var id = reader.ReadString();
                var depth = reader.ReadInt32();
                var entry = reader.ReadInt64();
                var hasGroup = reader.ReadBoolean();
                var group = reader.ReadString();
                if (depth < 0 || depth > map.FunnelStages.Length || (depth == 0) != (entry < 0))
                {
                    throw new InvalidDataException($"The customer row of '{id}' has depth {depth} and entry {entry}, which do not fit a funnel of {map.FunnelStages.Length} stages.");
                }

                state.Rows.Add(new CustomerRow(id, depth, depth == 0 ? -1 : entry, hasGroup ? group : null));
            }
        }
    }

    /// <summary>Reads a partial result written by <see cref="WriteTo"/>.</summary>
    /// <param name="map">The map the partial result belongs to (same id and stages).</param>
    /// <param name="stream">Where to read.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">Thrown when the data is not a partial result of this map.</exception>
    public static JourneyAnalyticsAccumulator ReadFrom(JourneyMap map, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stream);
        AnalyticsState state;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var magic = reader.ReadUInt32();
            if (magic == MagicVersion1)
            {
                throw new InvalidDataException("The data is a JourneyKit analytics partial result of format version 1, which this version (format 3) does not read: compute the partial result again.");
            }

            if (magic == MagicVersion2)
            {
                throw new InvalidDataException("The data is a JourneyKit analytics partial result of format version 2, which this version (format 3) does not read: compute the partial result again.");
            }

            if (magic != Magic)
            {
                throw new InvalidDataException("The data is not a JourneyKit analytics partial result (format version 3).");
            }

            var mapId = reader.ReadString();
            var stageIds = new string[reader.ReadInt32()];
            for (var s = 0; s < stageIds.Length; s++)
            {
                stageIds[s] = reader.ReadString();
            }

            var compiled = AnalyticsMap.Create(map);
            if (mapId != compiled.MapId || !stageIds.AsSpan().SequenceEqual(compiled.StageIds))
            {
                throw new InvalidDataException($"The partial result belongs to map '{mapId}' with stages [{string.Join(", ", stageIds)}], not to map '{compiled.MapId}' with stages [{string.Join(", ", compiled.StageIds)}].");
            }

            var funnelLength = reader.ReadInt32();
            if (funnelLength < 1 || funnelLength > stageIds.Length)
            {
                throw new InvalidDataException($"The partial result's funnel has {funnelLength} stages; the map has {stageIds.Length}.");
            }

            var funnel = new string[funnelLength];
            for (var k = 0; k < funnelLength; k++)
            {
                var stage = reader.ReadInt32();
                funnel[k] = stage >= 0 && stage < stageIds.Length ? stageIds[stage] : throw new InvalidDataException($"The partial result's funnel names stage {stage}; the map has {stageIds.Length}.");
            }

            var windowTicks = ReadCount(reader);
            try
            {
                compiled = AnalyticsMap.Create(map, ReadOptions(reader, new AnalyticsOptions { FunnelStageIds = funnel, Window = windowTicks == long.MaxValue ? null : TimeSpan.FromTicks(windowTicks) }));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"The partial result's funnel, window, breakdown or cohorts are not valid: {e.Message}", e);
            }

            state = new AnalyticsState(compiled);

            state.Events = ReadCount(reader);
            state.MalformedLines = ReadCount(reader);
            state.UnknownTouchpointEvents = ReadCount(reader);
            state.Customers = ReadCount(reader);
            state.InitiatorStated = ReadCount(reader);
            state.CustomerInitiated = ReadCount(reader);
            for (var s = 0; s < stageIds.Length; s++)
            {
                state.Reach[s] = ReadCount(reader);
            }

            for (var k = 0; k < funnelLength; k++)
            {
                state.Funnel[k] = ReadCount(reader);
                ReadDeltas(reader, state.Deltas[k], state.Funnel[k], $"Funnel step {k}");
            }

            ReadDeltas(reader, state.ConvertDeltas, state.Funnel[funnelLength - 1], "The times to convert");

            var paths = reader.ReadInt32();
            for (var i = 0; i < paths; i++)
            {
                var stages = reader.ReadBytes(reader.ReadInt32());
                if (stages.Length == 0 || stages.Any(stage => stage >= stageIds.Length))
                {
                    throw new InvalidDataException("A path names a stage the map does not have.");
                }

                state.Paths[PathKey.From(stages, stageIds.Length)] = ReadCount(reader);
            }

            ReadExtensions(reader, state);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The partial result ends too early.", e);
        }

        return new JourneyAnalyticsAccumulator(state);
    }

    private static void ReadDeltas(BinaryReader reader, LongList deltas, long funnel, string what)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > funnel)
        {
            throw new InvalidDataException($"{what} holds {count} deltas for a funnel of {funnel}.");
        }

        for (var i = 0; i < count; i++)
        {
            deltas.Add(ReadCount(reader));
        }
    }

    private static long ReadCount(BinaryReader reader)
    {
        var value = reader.ReadInt64();
        return value >= 0 ? value : throw new InvalidDataException($"A count or time is negative ({value}).");
    }

    /// <summary>The merged state with the pending events folded in, without consuming them (more events of the same customers may follow).</summary>
    private AnalyticsState Folded()
    {
        if (_pending is null && _pendingCounts.Events == 0 && _pendingCounts.Malformed == 0)
        {
            return _state;
        }

        var copy = new AnalyticsState(_state.Map);
        copy.Merge(_state);
        copy.AddCounts(_pendingCounts);
        if (_pending is not null)
        {
            new CustomerFolder(copy).FoldStore(_pending, _pendingIds, copy.Groups is null ? null : _pendingGroups.Select(g => g.Value).ToArray());
        }

        return copy;
    }
}
