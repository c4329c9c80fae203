using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Comparison;

namespace JourneyKit.Tests.Comparison;

public class StructuralDifferProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Compare_MapWithItself_IsEmpty()
    {
        Check.One(Config, Prop.ForAll(MapGenerators.SharedIds.Maps, map => StructuralDiffer.Compare(map, map).IsEmpty));
    }

    [Fact]
    public void Compare_SwappedMaps_MirrorEachOther()
    {
        Check.One(Config, Prop.ForAll(MapGenerators.SharedIds.Pairs, pair =>
        {
            var forward = StructuralDiffer.Compare(pair.Before, pair.After);
            var backward = StructuralDiffer.Compare(pair.After, pair.Before);

            Assert.Equal(forward.Added, backward.Removed);
            Assert.Equal(forward.Removed, backward.Added);
            Assert.Equal(
                forward.Moved.Select(m => new TouchpointMove(m.Id, m.ToStageId, m.FromStageId)).OrderBy(m => m.Id, StringComparer.Ordinal),
                backward.Moved.OrderBy(m => m.Id, StringComparer.Ordinal));
            Assert.Equal(Describe(forward.Changed, swap: false), Describe(backward.Changed, swap: true));
        }));
    }

    [Fact]
    public void Compare_GeneratedPairs_CoverEveryKindOfDifference()
    {
        // Guards the mirror property against a generator that never produces moves or changes.
        var samples = Gen.Sample(MapGenerators.SharedIds.Pairs.Generator, 200).Select(p => StructuralDiffer.Compare(p.Before, p.After)).ToList();

        Assert.Contains(samples, d => d.Added.Count > 0);
        Assert.Contains(samples, d => d.Removed.Count > 0);
        Assert.Contains(samples, d => d.Moved.Count > 0);
        Assert.Contains(samples, d => d.Changed.Any(c => c.Kind == EntityKind.Touchpoint));
        Assert.Contains(samples, d => d.Changed.Any(c => c.Fields.Contains(StructuralDiffer.TouchpointOrderField)));
    }

    private static List<string> Describe(IEnumerable<EntityChange> changes, bool swap) =>
        [.. changes
            .Select(c => $"{c.Kind} {c.Id}: " + string.Join("; ", c.Changes.Select(f =>
            {
                var (b, a) = swap ? (f.After, f.Before) : (f.Before, f.After);
                return $"{f.Field} {b?.GetRawText() ?? "-"} -> {a?.GetRawText() ?? "-"}";
            })))
            .Order(StringComparer.Ordinal)];
}
