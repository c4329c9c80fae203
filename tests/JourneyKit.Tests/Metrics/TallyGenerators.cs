using FsCheck;
using FsCheck.Fluent;

namespace JourneyKit.Tests.Metrics;

/// <summary>Random survey answers: lists of ratings, and count arrays from empty to very large.</summary>
internal static class TallyGenerators
{
    /// <summary>Up to a few hundred ratings in [min, max].</summary>
    public static Gen<int[]> Ratings(int min, int max) => Gen.ArrayOf(Gen.Choose(min, max));

    /// <summary>
    /// Counts per rating: often 0 (so empty tallies, one answer and one-sided tallies all occur), else small,
    /// else up to 10¹².
    /// </summary>
    public static Gen<long[]> Counts(int length) =>
        Gen.ArrayOf(
            Gen.Frequency(
                (3, Gen.Constant(0L)),
                (3, Gen.Choose(1, 5).Select(c => (long)c)),
                (2, Gen.Choose(1, 1000).Select(c => (long)c)),
                (1, Gen.Choose(1, 1_000_000).Select(c => c * 1_000_000L))),
            length);
}
