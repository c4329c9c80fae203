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
    private const uint Magic = 0x324B414A; // "JAK2": adds the funnel stages, the window and the times to convert

    private readonly AnalyticsState _state;
    private readonly TouchpointLookup _touchpoints;
    private CustomerEventStore? _pending;
    private EventCounts _pendingCounts;

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
        (_pending ??= new CustomerEventStore()).Add(IdHash.Compute(key), key, journeyEvent.Timestamp.UtcTicks, AnalyticsMap.StageOf(code));
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
                throw new InvalidDataException("The data is a JourneyKit analytics partial result of format version 1, which this version (format 2) does not read: compute the partial result again.");
            }

            if (magic != Magic)
            {
                throw new InvalidDataException("The data is not a JourneyKit analytics partial result (format version 2).");
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
                compiled = AnalyticsMap.Create(map, new AnalyticsOptions { FunnelStageIds = funnel, Window = windowTicks == long.MaxValue ? null : TimeSpan.FromTicks(windowTicks) });
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"The partial result's funnel or window is not valid: {e.Message}", e);
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
            new CustomerFolder(copy).FoldStore(_pending);
        }

        return copy;
    }
}
