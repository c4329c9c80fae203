using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Model;
using JourneyKit.Scoring;
using JourneyKit.Serialization;

namespace JourneyKit.Tests.Model;

public class RecordEqualityProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly JourneySerializer Serializer = new();

    [Fact]
    public void RoundTrip_RandomMaps_GivesAnEqualMapWithAnEqualHash()
    {
        Check.One(Config, Prop.ForAll(MapGenerators.WithExtensions.ToArbitrary(), map =>
        {
            var read = Serializer.Read(Serializer.Write(map));

            Assert.NotSame(map, read);
            Assert.Equal(map, read);
            Assert.Equal(map.GetHashCode(), read.GetHashCode());
        }));
    }

    [Fact]
    public void Equals_RandomMapsWithCopiedLists_IsEqualWithEqualHash()
    {
        Check.One(Config, Prop.ForAll(MapGenerators.ValidMap.ToArbitrary(), map =>
        {
            var copy = map with
            {
                Personas = [.. map.Personas],
                Stages = [.. map.Stages.Select(static s => s with { Touchpoints = [.. s.Touchpoints.Select(static t => t with { PersonaIds = [.. t.PersonaIds] })] })],
                Kpis = [.. map.Kpis],
            };

            Assert.Equal(map, copy);
            Assert.Equal(map.GetHashCode(), copy.GetHashCode());
        }));
    }

    [Fact]
    public void Equals_RandomMapWithOneStageDropped_IsUnequal()
    {
        var maps = MapGenerators.ValidMap.Where(static m => m.Stages.Count > 0).ToArbitrary();
        Check.One(Config, Prop.ForAll(maps, map => map != map with { Stages = [.. map.Stages.Skip(1)] }));
    }

    [Fact]
    public void Score_RandomMapAndItsRoundTrip_GiveEqualReports()
    {
        var scorer = new JourneyScorer();
        Check.One(Config.WithMaxTest(100), Prop.ForAll(MapGenerators.Scorable.Map.ToArbitrary(), map =>
        {
            var first = scorer.Score(map);
            var second = scorer.Score(Serializer.Read(Serializer.Write(map)));

            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
        }));
    }
}
