using JourneyKit.Model;

namespace JourneyKit.Analytics;

/// <summary>
/// What analytics needs of a map, prepared once: the stage ids in journey order and, for every
/// touchpoint id, its stage and initiator, findable from a string or from UTF-8 bytes
/// (<see cref="Touchpoints"/>).
/// </summary>
/// <remarks>
/// A touchpoint's code packs its stage index in the low byte and its initiator above it
/// (<see cref="NoInitiator"/>, <see cref="CustomerInitiator"/>, <see cref="CompanyInitiator"/>).
/// </remarks>
internal sealed class AnalyticsMap
{
    public const int NoInitiator = 0;
    public const int CustomerInitiator = 1;
    public const int CompanyInitiator = 2;

    /// <summary>Stage indices are stored in a byte per event.</summary>
    public const int MaxStages = 255;

    private AnalyticsMap(string mapId, string[] stageIds, string[] touchpointIds, int[] touchpointCodes)
    {
        MapId = mapId;
        StageIds = stageIds;
        TouchpointIds = touchpointIds;
        TouchpointCodes = touchpointCodes;
        Touchpoints = new TouchpointLookup(touchpointIds);
    }

    public string MapId { get; }

    public string[] StageIds { get; }

    public int StageCount => StageIds.Length;

    /// <summary>Every touchpoint id, in map order: a touchpoint's dense index is its place here.</summary>
    public string[] TouchpointIds { get; }

    /// <summary>The code of every touchpoint, by dense index.</summary>
    public int[] TouchpointCodes { get; }

    /// <summary>
    /// Finds a touchpoint's dense index from its id. Shared: read it through
    /// <see cref="TouchpointLookup.Find(ReadOnlySpan{byte})"/> from any thread; to find strings, take a
    /// <see cref="TouchpointLookup.Copy"/> per thread.
    /// </summary>
    public TouchpointLookup Touchpoints { get; }

    public static int StageOf(int code) => code & 0xFF;

    public static int InitiatorOf(int code) => code >> 8;

    public bool SameStages(AnalyticsMap other) =>
        ReferenceEquals(this, other) || (MapId == other.MapId && StageIds.AsSpan().SequenceEqual(other.StageIds));

    /// <exception cref="ArgumentNullException">Thrown when <paramref name="map"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the map has more than 255 stages or a touchpoint id twice.</exception>
    public static AnalyticsMap Create(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Stages.Count > MaxStages)
        {
            throw new ArgumentException($"The map has {map.Stages.Count} stages; analytics supports at most {MaxStages}.", nameof(map));
        }

        var ids = new List<string>();
        var codes = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < map.Stages.Count; s++)
        {
            foreach (var touchpoint in map.Stages[s].Touchpoints)
            {
                if (!seen.Add(touchpoint.Id))
                {
                    throw new ArgumentException($"The touchpoint id '{touchpoint.Id}' appears twice in the map; touchpoint ids must be unique across the map.", nameof(map));
                }

                var initiator = touchpoint.Initiator switch
                {
                    Initiator.Customer => CustomerInitiator,
                    Initiator.Company => CompanyInitiator,
                    _ => NoInitiator,
                };
                var code = s | (initiator << 8);
                ids.Add(touchpoint.Id);
                codes.Add(code);
            }
        }

        var stageIds = map.Stages.Select(stage => stage.Id).ToArray();
        return new AnalyticsMap(map.Id, stageIds, [.. ids], [.. codes]);
    }
}
