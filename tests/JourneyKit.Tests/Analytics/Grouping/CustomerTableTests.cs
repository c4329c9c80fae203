using System.Text;
using FsCheck;
using FsCheck.Fluent;
using JourneyKit.Analytics;

namespace JourneyKit.Tests.Analytics;

public class CustomerTableTests
{
    [Fact]
    public void GetOrAdd_SameHashDifferentIds_AreDifferentCustomers()
    {
        // Force every id onto one hash: equality must still be decided on the bytes, inline or in the arena.
        var table = new CustomerTable();
        string[] ids = ["a", "b", "exactly-16-bytes", "exactly-16-byteZ", "a much longer customer id, beyond the inline bytes", "a much longer customer id, beyond the inline byteZ", ""];

        var first = ids.Select(id => table.GetOrAdd(42, Encoding.UTF8.GetBytes(id))).ToArray();
        var second = ids.Select(id => table.GetOrAdd(42, Encoding.UTF8.GetBytes(id))).ToArray();

        Assert.Equal(Enumerable.Range(0, ids.Length), first);
        Assert.Equal(first, second);
        Assert.Equal(ids.Length, table.Count);
    }

    [Fact]
    public void GetOrAdd_NumbersCustomersInOrderOfFirstAppearance_AcrossGrowth()
    {
        var keys = Gen.ArrayOf(Gen.Choose(0, 5000).Select(i => $"customer-{i}-{new string('x', i % 23)}")).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(keys, ids =>
        {
            var table = new CustomerTable(capacity: 4);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var bytes = Encoding.UTF8.GetBytes(id);
                var index = table.GetOrAdd(IdHash.Compute(bytes), bytes);
                if (!expected.TryAdd(id, index) && expected[id] != index)
                {
                    return false;
                }
            }

            return expected.Values.Order().SequenceEqual(Enumerable.Range(0, expected.Count)) && table.Count == expected.Count;
        }));
    }
}
