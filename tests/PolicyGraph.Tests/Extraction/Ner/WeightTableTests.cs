using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class WeightTableTests
{
    // One label: tags O, B, I (3), padded to a stride of 8 within a row.
    private static SequenceModel Model(uint[] keys, Func<int, short> weight) =>
        new(["X"], 1f, keys, [.. Enumerable.Range(0, keys.Length * 3).Select(i => weight(i))], new short[4 * 3]);

    private static int[] Sum(WeightTable table, params uint[] keys)
    {
        var sums = new int[keys.Length * table.Stride];
        table.SumRows(keys, 1, keys.Length, sums);
        return sums;
    }

    [Fact]
    public void Every_key_reads_its_own_rows_when_homes_cluster_and_probing_wraps_past_the_last_slot()
    {
        // Six distinct keys make a table of 16 slots. Keys 15, 31, 47 share the last home slot, so probing for 31 and 47
        // wraps around to the first slots, past 16 (home 0), which took slot 0 before them.
        uint[] first = [14, 15, 16, 31, 47];
        uint[] second = [15, 47, 99];
        var a = Model(first, i => (short)(100 + i));
        var b = Model(second, i => (short)(-1 - i));
        var table = new WeightTable(a, b);

        Assert.Equal(16, table.Stride);
        for (var k = 0; k < first.Length; k++)
        {
            var sums = Sum(table, first[k]);
            Assert.Equal([100 + (3 * k), 101 + (3 * k), 102 + (3 * k)], sums[..3]);
        }

        for (var k = 0; k < second.Length; k++)
        {
            var sums = Sum(table, second[k]);
            Assert.Equal([-1 - (3 * k), -2 - (3 * k), -3 - (3 * k)], sums[table.Offset(1)..(table.Offset(1) + 3)]);
        }

        Assert.All(Sum(table, 63, 30, NerFeatures.None), s => Assert.Equal(0, s));
    }

    [Fact]
    public void Rows_of_a_position_add_up_and_each_model_can_be_added_alone()
    {
        var a = Model([1, 2], i => (short)(i + 1));
        var b = Model([2, 3], i => (short)(10 * (i + 1)));
        var table = new WeightTable(a, b);

        var sums = new int[table.Stride];
        table.SumRows([1, 2, 7], 3, 1, sums);
        Assert.Equal([1 + 4, 2 + 5, 3 + 6], sums[..3]);
        Assert.Equal([10, 20, 30], sums[table.Offset(1)..(table.Offset(1) + 3)]);

        table.AddRows([3], 1, 1, 1, sums);
        Assert.Equal([1 + 4, 2 + 5, 3 + 6], sums[..3]);
        Assert.Equal([10 + 40, 20 + 50, 30 + 60], sums[table.Offset(1)..(table.Offset(1) + 3)]);
    }
}
