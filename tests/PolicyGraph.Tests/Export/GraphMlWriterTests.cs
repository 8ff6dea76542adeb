using System.Xml.Linq;
using PolicyGraph.Export.GraphMl;
using PolicyGraph.Graph;
using PolicyGraph.Tests.Graph;

namespace PolicyGraph.Tests.Export;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new GraphMlWriter().Write(graph, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Fact]
    public void Every_node_reads_back_with_every_property()
    {
        var graph = SampleGraphs.Mixed();
        var xml = Write(graph);
        var keys = xml.Root!.Elements(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var nodes = xml.Root.Element(Ns + "graph")!.Elements(Ns + "node").ToList();

        Assert.Equal(graph.Nodes.Count, nodes.Count);
        foreach (var (node, element) in graph.Nodes.Zip(nodes))
        {
            var data = element.Elements(Ns + "data").ToDictionary(d => keys[(string)d.Attribute("key")!], d => d.Value);
            Assert.Equal(node.Id, (string)element.Attribute("id")!);
            Assert.Equal(node.Id, data["id"]);
            Assert.Equal(node.Type.ToString(), data["type"]);
            Assert.Equal(node.Name.Replace('\u0001', '\uFFFD'), data["name"]);
            Assert.Equal(data["name"], data["label"]);
            foreach (var (key, value) in node.Properties.All)
            {
                Assert.Equal(value.ToInvariantString().Replace('\u0001', '\uFFFD'), data[key]);
            }

            Assert.Equal(node.Properties.Count + 4, data.Count);
        }
    }

    [Fact]
    public void Every_edge_reads_back_with_type_label_and_properties()
    {
        var graph = SampleGraphs.Mixed();
        var xml = Write(graph);
        var keys = xml.Root!.Elements(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        var edges = xml.Root.Element(Ns + "graph")!.Elements(Ns + "edge").ToList();

        Assert.Equal(graph.Edges.Count, edges.Count);
        foreach (var (edge, element) in graph.Edges.Zip(edges))
        {
            var data = element.Elements(Ns + "data").ToDictionary(d => keys[(string)d.Attribute("key")!], d => d.Value);
            Assert.Equal(edge.Source, (string)element.Attribute("source")!);
            Assert.Equal(edge.Target, (string)element.Attribute("target")!);
            Assert.Equal(edge.Type.ToString(), data["type"]);
            Assert.Equal(edge.Type.ToString(), data["label"]);
            foreach (var (key, value) in edge.Properties.All)
            {
                Assert.Equal(value.ToInvariantString(), data[key]);
            }
        }
    }

    [Theory]
    [InlineData("n_start", "long")]
    [InlineData("e_start", "long")]
    [InlineData("e_count", "long")]
    [InlineData("n_score", "double")]
    [InlineData("n_aliases", "string")]
    [InlineData("g_modularity", "double")]
    [InlineData("n_name", "string")]
    [InlineData("e_type", "string")]
    public void Declares_each_key_once_with_its_type(string id, string type)
    {
        var keys = Write(SampleGraphs.Mixed()).Root!.Elements(Ns + "key").Where(k => (string)k.Attribute("id")! == id).ToList();
        var key = Assert.Single(keys);
        Assert.Equal(type, (string)key.Attribute("attr.type")!);
    }

    [Fact]
    public void Keeps_carriage_returns_and_replaces_characters_xml_cannot_hold()
    {
        var xml = Write(SampleGraphs.Mixed());
        var text = xml.Descendants(Ns + "data").Single(d => (string)d.Attribute("key")! == "n_text").Value;
        Assert.Equal("他说：“a\\b”\r\n第二行\uFFFD 😀", text);
    }

    [Fact]
    public void Lists_are_semicolon_joined()
    {
        var xml = Write(SampleGraphs.Mixed());
        var aliases = xml.Descendants(Ns + "node").Single(n => (string)n.Attribute("id")! == "org_1")
            .Elements(Ns + "data").Single(d => (string)d.Attribute("key")! == "n_aliases").Value;
        Assert.Equal("市投资促进局;天津市投资促进局", aliases);
    }
}
