using PolicyGraph.Export.Neo4j.Bolt;

namespace PolicyGraph.Tests.Export.Neo4j.Bolt;

public sealed class PackStreamTests
{
    private static string Hex(object? value) => Convert.ToHexString(PackStreamWriter.Encode(value));

    private static object? Decode(string hex) => PackStreamReader.Decode(Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)));

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(42L, "2A")]
    [InlineData(127L, "7F")]
    [InlineData(128L, "C90080")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    [InlineData(-129L, "C9FF7F")]
    [InlineData(32767L, "C97FFF")]
    [InlineData(-32768L, "C98000")]
    [InlineData(32768L, "CA00008000")]
    [InlineData(-32769L, "CAFFFF7FFF")]
    [InlineData(2147483647L, "CA7FFFFFFF")]
    [InlineData(-2147483648L, "CA80000000")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(-2147483649L, "CBFFFFFFFF7FFFFFFF")]
    [InlineData(long.MaxValue, "CB7FFFFFFFFFFFFFFF")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    public void Encodes_integers_in_their_most_compact_form_and_reads_them_back(long value, string hex)
    {
        Assert.Equal(hex, Hex(value));
        Assert.Equal(value, Decode(hex));
    }

    [Theory]
    [InlineData("2A")]
    [InlineData("C82A")]
    [InlineData("C9002A")]
    [InlineData("CA0000002A")]
    [InlineData("CB000000000000002A")]
    public void Reads_42_in_every_integer_width_of_the_spec(string hex) => Assert.Equal(42L, Decode(hex));

    [Fact]
    public void Encodes_the_spec_examples_of_floats_strings_lists_maps_and_bytes()
    {
        Assert.Equal("C13FF3AE147AE147AE", Hex(1.23));
        Assert.Equal("C14045000000000000", Hex(42.0));
        Assert.Equal("80", Hex(string.Empty));
        Assert.Equal("8141", Hex("A"));
        Assert.Equal("D0124772C3B6C39F656E6D61C39F7374C3A46265", Hex("Größenmaßstäbe"));
        Assert.Equal("90", Hex(Array.Empty<object>()));
        Assert.Equal("93010203", Hex(new object[] { 1L, 2L, 3L }));
        Assert.Equal("9301C140000000000000008574687265 65".Replace(" ", string.Empty, StringComparison.Ordinal), Hex(new object[] { 1L, 2.0, "three" }));
        Assert.Equal("A0", Hex(new OrderedDictionary<string, object?>()));
        Assert.Equal("A1836F6E65846569 6E73".Replace(" ", string.Empty, StringComparison.Ordinal), Hex(new OrderedDictionary<string, object?> { ["one"] = "eins" }));
        Assert.Equal("CC03010203", Hex(new byte[] { 1, 2, 3 }));
        Assert.Equal("CC00", Hex(Array.Empty<byte>()));
        Assert.Equal("C0C3C2", Hex(null) + Hex(true) + Hex(false));
    }

    [Fact]
    public void Never_sends_a_whole_number_as_a_float()
    {
        Assert.Equal("2A", Hex(42));
        Assert.Equal("2A", Hex((short)42));
        Assert.IsType<long>(Decode("2A"));
        Assert.IsType<double>(Decode("C14045000000000000"));
    }

    [Theory]
    [InlineData(15, "8F")]
    [InlineData(16, "D010")]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65535, "D1FFFF")]
    [InlineData(65536, "D200010000")]
    public void Sizes_strings_by_their_utf8_bytes_at_every_marker_boundary(int bytes, string header)
    {
        var ascii = new string('a', bytes);
        Assert.StartsWith(header, Hex(ascii), StringComparison.Ordinal);
        Assert.Equal(ascii, Decode(Hex(ascii)));
        // Three-byte characters: 5 of them are 15 bytes, so the marker counts bytes, not characters.
        Assert.StartsWith("8F", Hex("新质生产力"), StringComparison.Ordinal);
        Assert.StartsWith("D010", Hex("新质生产力a"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(40, "D428")]
    [InlineData(255, "D4FF")]
    [InlineData(256, "D50100")]
    [InlineData(65535, "D5FFFF")]
    [InlineData(65536, "D600010000")]
    public void Sizes_lists_at_every_marker_boundary(int count, string header)
    {
        var list = Enumerable.Repeat<object?>(1L, count).ToList();
        var hex = Hex(list);
        Assert.StartsWith(header, hex, StringComparison.Ordinal);
        Assert.Equal((header.Length / 2) + count, hex.Length / 2);
        Assert.Equal(list, Assert.IsType<List<object?>>(Decode(hex)));
    }

    [Theory]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(255, "D8FF")]
    [InlineData(256, "D90100")]
    [InlineData(65535, "D9FFFF")]
    [InlineData(65536, "DA00010000")]
    public void Sizes_dictionaries_at_every_marker_boundary(int count, string header)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map["k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = (long)i;
        }

        var hex = Hex(map);
        Assert.StartsWith(header, hex, StringComparison.Ordinal);
        var back = Assert.IsType<OrderedDictionary<string, object?>>(Decode(hex));
        Assert.Equal(map, back);
    }

    [Theory]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(65535, "CDFFFF")]
    [InlineData(65536, "CE00010000")]
    public void Sizes_bytes_at_every_marker_boundary(int length, string header)
    {
        var bytes = new byte[length];
        Assert.StartsWith(header, Hex(bytes), StringComparison.Ordinal);
        Assert.Equal(bytes, Decode(Hex(bytes)));
    }

    [Fact]
    public void Encodes_a_date_as_the_bolt_date_structure()
    {
        Assert.Equal("B144C94D0C", Hex(new DateOnly(2024, 1, 2)));
        Assert.Equal("B14400", Hex(new DateOnly(1970, 1, 1)));
        Assert.Equal("B144FF", Hex(new DateOnly(1969, 12, 31)));
        Assert.Equal(new DateOnly(2024, 1, 2), Decode("B144C94D0C"));
    }

    [Fact]
    public void Reads_back_nested_structures_lists_and_maps()
    {
        var value = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["rows"] = new List<object?>
            {
                new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["id"] = "per_1", ["props"] = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["aliases"] = new List<object?> { "杨柳" }, ["score"] = 0.5, ["flag"] = true, ["none"] = null } },
            },
            ["node"] = new PackStructure(0x4E, [1L, new List<object?> { "Person" }, new OrderedDictionary<string, object?>()]),
        };
        var back = PackStreamReader.Decode(PackStreamWriter.Encode(value));
        Assert.Equal(Hex(value), Hex(back));
        var node = Assert.IsType<PackStructure>(Assert.IsType<OrderedDictionary<string, object?>>(back)["node"]);
        Assert.Equal(0x4E, node.Tag);
    }

    [Fact]
    public void Keeps_the_last_value_of_a_repeated_dictionary_key()
    {
        var map = Assert.IsType<OrderedDictionary<string, object?>>(Decode("A2 816B 01 816B 02"));
        Assert.Equal(2L, map["k"]);
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("DF")]
    [InlineData("EF")]
    [InlineData("D3")]
    [InlineData("8241")]
    [InlineData("C9FF")]
    [InlineData("A1 01 01")]
    [InlineData("2A2A")]
    public void Rejects_reserved_markers_truncated_and_trailing_data(string hex) =>
        Assert.Throws<FormatException>(() => Decode(hex));
}
