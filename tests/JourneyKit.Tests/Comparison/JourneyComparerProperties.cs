using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Comparison;

namespace JourneyKit.Tests.Comparison;

public class JourneyComparerProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(200);
    private static readonly JourneyComparer Comparer = Unvalidated.Comparer; // generated maps need not be valid

    [Fact]
    public void Compare_MapWithItself_HasNoChange()
    {
        Check.One(Config, Prop.ForAll(MapGenerators.SharedIds.Maps, map =>
        {
            var report = Comparer.Compare(map, map);

            Assert.True(report.Structure.IsEmpty);
            Assert.Empty(report.OneSided);
            Assert.Empty(report.Warnings);
            Assert.All(report.Metrics, row =>
            {
                Assert.Equal(ChangeDirection.Unchanged, row.Direction);
                Assert.Equal(0, row.Difference);
                Assert.NotEqual(true, row.Significant);
            });
        }));
    }

    [Fact]
    public void Compare_SwappedMaps_MirrorEachOther()
    {
        Check.One(Config, Prop.ForAll(MapGenerators.SharedIds.Pairs, pair =>
        {
            var forward = Comparer.Compare(pair.Before, pair.After);
            var backward = Comparer.Compare(pair.After, pair.Before);

            Assert.Equal(forward.Kind, backward.Kind);
            Assert.Equal(forward.Structure.Added, backward.Structure.Removed);
            Assert.Equal(forward.Structure.Removed, backward.Structure.Added);

            var backwardRows = backward.Metrics.ToDictionary(r => (r.Scope, r.Id, r.Metric));
            Assert.Equal(forward.Metrics.Count, backwardRows.Count);
            foreach (var row in forward.Metrics)
            {
                var mirror = backwardRows[(row.Scope, row.Id, row.Metric)];
                Assert.Equal((row.Before, row.After), (mirror.After, mirror.Before));
                Assert.Equal(-row.Difference, mirror.Difference);
                Assert.Equal(row.StandardError, mirror.StandardError);
                Assert.Equal(-row.Statistic, mirror.Statistic);
                Assert.Equal(row.Significant, mirror.Significant);
                Assert.Equal(Mirror(row.Direction), mirror.Direction);
            }

            Assert.Equal(
                forward.OneSided.Select(o => o with { Side = o.Side == MetricSide.Before ? MetricSide.After : MetricSide.Before }).ToHashSet(),
                backward.OneSided.ToHashSet());
        }));
    }

    [Fact]
    public void Compare_GeneratedPairs_CoverSignificantAndOneSidedFigures()
    {
        // Guards the mirror property against a generator too tame to exercise it.
        var reports = Gen.Sample(MapGenerators.SharedIds.Pairs.Generator, 100).Select(p => Comparer.Compare(p.Before, p.After)).ToList();

        Assert.Contains(reports, r => r.Metrics.Any(m => m.Significant == true && m.Direction == ChangeDirection.Better));
        Assert.Contains(reports, r => r.Metrics.Any(m => m.Significant == true && m.Direction == ChangeDirection.Worse));
        Assert.Contains(reports, r => r.Metrics.Any(m => m.Significant == false && m.Direction != ChangeDirection.Unchanged));
        Assert.Contains(reports, r => r.Metrics.Any(m => m.Metric == DiffMetric.Ces && m.Statistic is not null));
        Assert.Contains(reports, r => r.Metrics.Any(m => m.Metric == DiffMetric.KpiValue));
        Assert.Contains(reports, r => r.OneSided.Count > 0);
    }

    private static ChangeDirection Mirror(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Better => ChangeDirection.Worse,
        ChangeDirection.Worse => ChangeDirection.Better,
        _ => ChangeDirection.Unchanged,
    };
}
