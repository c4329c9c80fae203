using JourneyKit.Analytics;
using JourneyKit.Model;
using Xunit;

namespace JourneyKit.Tests.Analytics;

public class TouchpointLookupTests
{
    // The first and last eight bytes (four chars) and the length of these ids are equal: the lookup's
    // key collides for all three, so only the characters in the middle tell them apart.
    private static readonly string[] Colliding = ["checkout-step-1-mobile", "checkout-step-2-mobile", "checkout-step-3-mobile"];

    private static AnalyticsMap Map(params string[][] stages) => AnalyticsMap.Create(new JourneyMap
    {
        Id = "m",
        Name = "m",
        Stages = [.. stages.Select((ids, s) => new Stage
        {
            Id = $"s{s}",
            Name = $"S{s}",
            Touchpoints = [.. ids.Select(id => new Touchpoint { Id = id, Name = id })],
        })],
    });

    [Fact]
    public void Ids_whose_keys_collide_are_told_apart_by_their_characters()
    {
        var map = Map(Colliding, ["a", "ab", "abc", "abcd", "abcde"]);
        var lookup = new TouchpointLookup(map.TouchpointIds);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < map.TouchpointIds.Length; i++)
            {
                // A fresh instance every time (as strings parsed from a file would be), then the map's own.
                Assert.Equal(i, lookup.Find(new string(map.TouchpointIds[i].AsSpan())));
                Assert.Equal(i, lookup.Find(map.TouchpointIds[i]));
            }
        }
    }

    [Theory]
    [InlineData("checkout-step-4-mobile")]
    [InlineData("checkout-step-1-mobilE")]
    [InlineData("Checkout-step-1-mobile")]
    [InlineData("abcdef")]
    [InlineData("A")]
    [InlineData("é")]
    public void Ids_not_in_the_map_are_unknown_however_often_they_come(string id)
    {
        var map = Map(Colliding, ["a", "ab", "abc", "abcd", "abcde"]);
        var lookup = new TouchpointLookup(map.TouchpointIds);
        Assert.Equal(8, lookup.Unknown);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(lookup.Unknown, lookup.Find(id));
            Assert.Equal(0, lookup.Find(Colliding[0]));
        }
    }

    [Fact]
    public void A_remembered_instance_never_hides_another_id()
    {
        var map = Map(Colliding);
        var lookup = new TouchpointLookup(map.TouchpointIds);
        var first = new string(Colliding[1].AsSpan());
        Assert.Equal(1, lookup.Find(first));
        Assert.Equal(1, lookup.Find(first));
        Assert.Equal(2, lookup.Find(new string(Colliding[2].AsSpan())));
        Assert.Equal(0, lookup.Find(new string(Colliding[0].AsSpan())));
        Assert.Equal(1, lookup.Find(first));
    }

    [Fact]
    public void A_large_map_finds_every_id_and_only_its_ids()
    {
        // 40 stages of 50: more than the lookup tries to place without collisions, so many ids probe.
        var map = Map([.. Enumerable.Range(0, 40).Select(s => Enumerable.Range(0, 50).Select(t => $"tp-{s:D2}-{t:D2}").ToArray())]);
        var lookup = new TouchpointLookup(map.TouchpointIds);
        for (var i = 0; i < map.TouchpointIds.Length; i++)
        {
            Assert.Equal(i, lookup.Find(new string(map.TouchpointIds[i].AsSpan())));
        }

        Assert.Equal(2_000, lookup.Unknown);
        Assert.Equal(lookup.Unknown, lookup.Find("tp-40-00"));
        Assert.Equal(lookup.Unknown, lookup.Find("tp-00-50"));
    }

    [Fact]
    public void A_copy_finds_what_the_original_finds()
    {
        var map = Map(Colliding, ["a", "ab", "abc"]);
        var original = new TouchpointLookup(map.TouchpointIds);
        var remembered = new string(Colliding[2].AsSpan());
        Assert.Equal(2, original.Find(remembered));

        var copy = original.Copy();

        for (var i = 0; i < map.TouchpointIds.Length; i++)
        {
            Assert.Equal(i, copy.Find(new string(map.TouchpointIds[i].AsSpan())));
        }

        Assert.Equal(2, copy.Find(remembered));
        Assert.Equal(copy.Unknown, copy.Find("abcd"));
    }

    [Fact]
    public void Utf8_bytes_find_the_same_index_as_the_string()
    {
        var map = Map(Colliding, ["a", "ab", "abc", "é", "日本"]);
        var lookup = new TouchpointLookup(map.TouchpointIds);
        var copy = lookup.Copy();
        for (var i = 0; i < map.TouchpointIds.Length; i++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(map.TouchpointIds[i]);
            Assert.Equal(lookup.Find(map.TouchpointIds[i]), lookup.Find(bytes));
            Assert.Equal(i, copy.Find(bytes));
        }

        Assert.Equal(lookup.Unknown, lookup.Find("checkout-step-4-mobile"u8));
        Assert.Equal(lookup.Unknown, lookup.Find("A"u8));
        Assert.Equal(lookup.Unknown, lookup.Find(System.Text.Encoding.Unicode.GetBytes("a")));
    }
}
