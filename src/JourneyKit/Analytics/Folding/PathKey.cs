namespace JourneyKit.Analytics;

/// <summary>
/// A customer's path (stage indices, consecutive repeats folded) as a dictionary key: packed into
/// 4-bit digits when the map has at most 15 stages and the path at most 16 steps, otherwise kept as
/// a string of stage indices.
/// </summary>
internal readonly struct PathKey : IEquatable<PathKey>
{
    private readonly ulong _packed;
    private readonly string? _long;

    private PathKey(ulong packed, string? longForm)
    {
        _packed = packed;
        _long = longForm;
    }

    /// <summary>Maps of at most this many stages get packed keys.</summary>
    public const int MaxPackedStages = 15;

    /// <summary>Paths of at most this many steps get packed keys.</summary>
    public const int MaxPackedSteps = 16;

    /// <summary>The key of a packed path: step i's stage index + 1 in bits 4i .. 4i + 3, as <see cref="From"/> packs it.</summary>
    public static PathKey Packed(ulong packed) => new(packed, null);

    public static PathKey From(ReadOnlySpan<byte> stages, int stageCount)
    {
        if (stageCount <= MaxPackedStages && stages.Length <= MaxPackedSteps)
        {
            ulong packed = 0;
            for (var i = stages.Length - 1; i >= 0; i--)
            {
                packed = (packed << 4) | (uint)(stages[i] + 1);
            }

            return new PathKey(packed, null);
        }

        return new PathKey(0, string.Create(stages.Length, stages.ToArray(), static (chars, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                chars[i] = (char)s[i];
            }
        }));
    }

    /// <summary>The stage indices of the path.</summary>
    public byte[] Stages()
    {
        if (_long is not null)
        {
            return _long.Select(c => (byte)c).ToArray();
        }

        var stages = new List<byte>(16);
        for (var packed = _packed; packed != 0; packed >>= 4)
        {
            stages.Add((byte)((packed & 0xF) - 1));
        }

        return [.. stages];
    }

    public bool Equals(PathKey other) => _packed == other._packed && string.Equals(_long, other._long, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PathKey other && Equals(other);

    public override int GetHashCode() => _long is null ? _packed.GetHashCode() : string.GetHashCode(_long, StringComparison.Ordinal);
}
