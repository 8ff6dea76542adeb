using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// A loaded <see cref="QueryIndexFormat"/>: lookup and adjacency for the whole graph, and
/// <see cref="Subgraph"/> to materialise just the nodes a query needs (with every edge among them).
/// </summary>
public sealed partial class QueryIndex
{
    private readonly byte[] _data;
    private readonly long _blobStart;
    private readonly Node[] _nodes;
    private readonly int[] _edgeSource;
    private readonly int[] _edgeTarget;
    private readonly EdgeType[] _edgeType;
    private readonly int[] _incidentStart;
    private readonly int[] _incident;
    private readonly long[] _nodeOffset;
    private readonly long[] _edgeOffset;
    private readonly Dictionary<string, int> _indexOf;

    private QueryIndex(byte[] data, BinaryReader reader)
    {
        _data = data;
        var nodeCount = reader.ReadInt32();
        var edgeCount = reader.ReadInt32();
        _nodes = new Node[nodeCount];
        _indexOf = new Dictionary<string, int>(nodeCount, StringComparer.Ordinal);
        for (var i = 0; i < nodeCount; i++)
        {
            var type = (NodeType)reader.ReadByte();
            var id = reader.ReadString();
            var name = reader.ReadString();
            var aliases = new string[reader.ReadInt32()];
            for (var a = 0; a < aliases.Length; a++)
            {
                aliases[a] = reader.ReadString();
            }

            _nodes[i] = new Node(id, type, name, aliases.Length == 0 ? Properties.Empty : Properties.Empty.With("aliases", aliases));
            _indexOf[id] = i;
        }

        (_edgeSource, _edgeTarget, _edgeType) = (new int[edgeCount], new int[edgeCount], new EdgeType[edgeCount]);
        for (var j = 0; j < edgeCount; j++)
        {
            _edgeSource[j] = reader.ReadInt32();
            _edgeTarget[j] = reader.ReadInt32();
            _edgeType[j] = (EdgeType)reader.ReadByte();
        }

        _incidentStart = ReadInts(reader, nodeCount + 1);
        _incident = ReadInts(reader, _incidentStart[nodeCount]);
        _nodeOffset = ReadLongs(reader, nodeCount);
        _edgeOffset = ReadLongs(reader, edgeCount);
        var blobLength = reader.ReadInt64();
        _blobStart = reader.BaseStream.Position;
        if (_blobStart + blobLength != data.Length)
        {
            throw new InvalidDataException("The query index is truncated.");
        }

        Lookup = new EntityLookup(_nodes, n => Degree(_indexOf[n.Id]));
    }

    /// <summary>Name and alias lookup over the whole graph.</summary>
    public EntityLookup Lookup { get; }

    /// <summary>The index of <paramref name="graphPath"/> if it exists and was made from the file as it is now; else null.</summary>
    public static QueryIndex? TryLoad(string graphPath)
    {
        ArgumentNullException.ThrowIfNull(graphPath);
        var source = new FileInfo(graphPath);
        var path = QueryIndexFormat.PathFor(graphPath);
        if (!source.Exists || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var data = File.ReadAllBytes(path);
            using var reader = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            if (reader.ReadInt32() != QueryIndexFormat.Magic || reader.ReadInt32() != QueryIndexFormat.Version
                || reader.ReadInt64() != source.Length || reader.ReadInt64() != source.LastWriteTimeUtc.Ticks)
            {
                return null;
            }

            return new QueryIndex(data, reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            // A damaged or foreign index is ignored; the query reads graph.json and writes a new one.
            return null;
        }
    }

    /// <summary>
    /// The graph of <paramref name="nodes"/> and the documents their edges cite, with the edges among them that
    /// touch a node of <paramref name="core"/> (all edges among them when <paramref name="core"/> is null):
    /// a query walks only from its core, so the rest of a hub document's mentions need not be read.
    /// </summary>
    internal KnowledgeGraph Subgraph(HashSet<int> nodes, HashSet<int>? core = null)
    {
        var edges = EdgesAmong(nodes, core);
        foreach (var edge in edges.Values.ToList())
        {
            AddDocument(nodes, edge.Properties.GetString("document"));
        }

        foreach (var v in nodes.ToList())
        {
            if (_nodes[v].Type == NodeType.Statement)
            {
                AddDocument(nodes, NodeProperties(v).GetString("document"));
            }
        }

        edges = EdgesAmong(nodes, core);
        var full = nodes.Select(v => _nodes[v] with { Properties = NodeProperties(v) });
        return new KnowledgeGraph(full, edges.Values);
    }

    private void AddDocument(HashSet<int> nodes, string id)
    {
        if (id.Length > 0 && _indexOf.TryGetValue(id, out var d))
        {
            nodes.Add(d);
        }
    }

    private Dictionary<int, Edge> EdgesAmong(HashSet<int> nodes, HashSet<int>? core)
    {
        var edges = new Dictionary<int, Edge>();
        foreach (var v in core ?? nodes)
        {
            foreach (var (j, other, _) in Incident(v))
            {
                if (nodes.Contains(other) && !edges.ContainsKey(j))
                {
                    edges[j] = new Edge(_nodes[_edgeSource[j]].Id, _nodes[_edgeTarget[j]].Id, _edgeType[j], Blob(_edgeOffset[j]));
                }
            }
        }

        return edges;
    }

    private Properties NodeProperties(int v) => Blob(_nodeOffset[v]);

    private Properties Blob(long offset)
    {
        using var reader = new BinaryReader(new MemoryStream(_data, (int)(_blobStart + offset), (int)(_data.Length - _blobStart - offset), writable: false), Encoding.UTF8);
        return QueryIndexFormat.ReadProperties(reader);
    }

    private int Degree(int v) => _incidentStart[v + 1] - _incidentStart[v];

    /// <summary>The edges at <paramref name="v"/>: edge number, the node at the other end, whether it leaves v.</summary>
    private IEnumerable<(int Edge, int Other, bool Out)> Incident(int v)
    {
        for (var k = _incidentStart[v]; k < _incidentStart[v + 1]; k++)
        {
            var j = _incident[k];
            var outward = _edgeSource[j] == v;
            yield return (j, outward ? _edgeTarget[j] : _edgeSource[j], outward);
        }
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }

    private static long[] ReadLongs(BinaryReader reader, int count)
    {
        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadInt64();
        }

        return values;
    }
}
