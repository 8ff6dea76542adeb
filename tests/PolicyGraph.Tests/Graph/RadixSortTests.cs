using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Graph;

public sealed class RadixSortTests
{
    [Theory]
    [InlineData(0, 1L << 20)]
    [InlineData(1, 1L << 20)]
    [InlineData(1000, 16)]
    [InlineData(50_000, 1L << 53)]
    [InlineData(50_000, long.MaxValue)]
    public void Sorts_keys_and_keeps_equal_keys_in_their_order(int count, long bound)
    {
        var random = new Random(count);
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = random.NextInt64(bound);
        }

        var items = Enumerable.Range(0, count).Select(i => $"item {i}").ToArray();
        var expected = keys.Zip(items).OrderBy(p => p.First).ToArray(); // OrderBy is stable

        RadixSort.Sort(keys, items);

        Assert.Equal(expected.Select(p => p.First), keys);
        Assert.Equal(expected.Select(p => p.Second), items);
    }

    [Fact]
    public void Keys_that_differ_only_in_high_digits_are_sorted()
    {
        long[] keys = [5L << 44 | 7, 2L << 44 | 7, 9L << 44 | 7, 2L << 44 | 7];
        string[] items = ["a", "b", "c", "d"];
        RadixSort.Sort(keys, items);
        Assert.Equal([2L << 44 | 7, 2L << 44 | 7, 5L << 44 | 7, 9L << 44 | 7], keys);
        Assert.Equal(["b", "d", "a", "c"], items);
    }

    [Fact]
    public void A_negative_key_or_a_length_mismatch_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RadixSort.Sort([3, -1], new[] { "a", "b" }));
        Assert.Throws<ArgumentException>(() => RadixSort.Sort([3, 1], new[] { "a" }));
    }
}
