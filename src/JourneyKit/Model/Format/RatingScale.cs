using System.Globalization;

namespace JourneyKit.Model;

/// <summary>A survey's rating scale, <see cref="First"/> to <see cref="Last"/>: a list of answer counts holds one count per rating.</summary>
/// <param name="First">The lowest rating.</param>
/// <param name="Last">The highest rating.</param>
internal readonly record struct RatingScale(int First, int Last)
{
    /// <summary>0..10: Net Promoter.</summary>
    public static RatingScale Nps { get; } = new(0, 10);

    /// <summary>1..5: satisfaction (CSAT) and the outcome ratings of importance and satisfaction.</summary>
    public static RatingScale FivePoint { get; } = new(1, 5);

    /// <summary>1..7: customer effort (CES).</summary>
    public static RatingScale Ces { get; } = new(1, 7);

    /// <summary>How many ratings the scale has.</summary>
    public int Count => Last - First + 1;

    /// <summary>The scale as the format's texts write it: <c>0..10</c>.</summary>
    /// <returns>The first and the last rating joined by two dots.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{First}..{Last}");
}
