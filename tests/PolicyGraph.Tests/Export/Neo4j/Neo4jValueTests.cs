using PolicyGraph.Export.Neo4j;
using PolicyGraph.Export.Neo4j.Csv;
using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Export.Neo4j;

public sealed class Neo4jValueTests
{
    [Fact]
    public void Maps_every_property_kind_to_its_neo4j_value()
    {
        Assert.Equal("天津市", Neo4jValue.From(PropertyValue.Of("天津市")));
        Assert.Equal(42L, Neo4jValue.From(PropertyValue.Of(42L)));
        Assert.Equal(0.5, Neo4jValue.From(PropertyValue.Of(0.5)));
        Assert.Equal(true, Neo4jValue.From(PropertyValue.Of(true)));
        Assert.Equal(new[] { "市科协", "天津市科协" }, Neo4jValue.From(PropertyValue.Of(["市科协", "天津市科协"])));
        Assert.Equal(new DateOnly(2024, 6, 20), Neo4jValue.From(PropertyValue.Date("2024-06-20")));
    }

    [Fact]
    public void Leaves_out_an_empty_date_and_keeps_a_partial_date_as_text()
    {
        Assert.Null(Neo4jValue.From(PropertyValue.Date(string.Empty)));
        Assert.Equal("2024-06", Neo4jValue.From(PropertyValue.Date("2024-06")));
        Assert.Equal("2024-02-30", Neo4jValue.From(PropertyValue.Date("2024-02-30")));
    }

    [Fact]
    public void Types_csv_columns_to_fit_every_value()
    {
        Assert.Equal("int", CsvColumn.For("count", [PropertyValue.Of(1L), PropertyValue.Of(int.MaxValue)]).Type);
        Assert.Equal("long", CsvColumn.For("count", [PropertyValue.Of(1L), PropertyValue.Of(int.MaxValue + 1L)]).Type);
        Assert.Equal("double", CsvColumn.For("score", [PropertyValue.Of(1L), PropertyValue.Of(0.5)]).Type);
        Assert.Equal("date", CsvColumn.For("date", [PropertyValue.Date("2024-06-20"), PropertyValue.Date(string.Empty)]).Type);
        Assert.Equal("string", CsvColumn.For("date", [PropertyValue.Date("2024-06-20"), PropertyValue.Date("2024-06")]).Type);
        Assert.Equal("string", CsvColumn.For("mixed", [PropertyValue.Of("a"), PropertyValue.Of(1L)]).Type);
        Assert.Equal("string[]", CsvColumn.For("aliases", [PropertyValue.Of(["a"])]).Type);
    }

    [Fact]
    public void Writes_csv_fields_in_their_column_type()
    {
        var score = CsvColumn.For("score", [PropertyValue.Of(1L), PropertyValue.Of(0.5)]);
        Assert.Equal("1.0", score.Field(PropertyValue.Of(1L), ';'));
        Assert.Equal("0.5", score.Field(PropertyValue.Of(0.5), ';'));
        var mixed = CsvColumn.For("mixed", [PropertyValue.Of("a"), PropertyValue.Of(1L)]);
        Assert.Equal("\"1\"", mixed.Field(PropertyValue.Of(1L), ';'));
        Assert.Null(mixed.Field(null, ';'));
        var aliases = CsvColumn.For("aliases", [PropertyValue.Of(["a"])]);
        Assert.Equal("\"say \"\"hi\"\";b\"", aliases.Field(PropertyValue.Of(["say \"hi\"", "b"]), ';'));
        Assert.Null(aliases.Field(PropertyValue.Of(Array.Empty<string>()), ';'));
    }
}
