using System.IO.MemoryMappedFiles;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// An open <see cref="QueryIndexFormat"/>, memory-mapped: lookup, adjacency and rankings for the whole graph,
/// read in place, and <see cref="Subgraph"/> to materialise just the nodes a query needs (with every edge among them).
/// </summary>
public sealed partial class QueryIndex : IDisposable
{
    // Node type names by value, as NodeRef spells them.
    private static readonly string[] TypeNames = Enum.GetNames(typeof(NodeType));

    private readonly IndexFile _file;
    private readonly Node?[] _nodeCache;
    private readonly Dictionary<int, Edge> _edgeCache = [];
    private readonly Dictionary<string, int> _idCache = new(StringComparer.Ordinal);
    private readonly Dictionary<int, NodeRef> _refCache = [];
    private readonly Dictionary<int, DocumentRef> _documentCache = [];
    private readonly int _nodeCount;
    private readonly int _edgeCount;
    private readonly long _nodeIds;
    private readonly long _nodeNames;
    private readonly long _nodeDegrees;
    private readonly long _nodeTypes;
    private readonly long _edgeSources;
    private readonly long _edgeTargets;
    private readonly long _edgeTypes;
    private readonly long _incidentStarts;
    private readonly long _incident;
    private readonly long _rankings;
    private readonly long _documents;

    private QueryIndex(IndexFile file)
    {
        _file = file;
        _nodeCount = file.Int32(file.Section(QueryIndexFormat.Section.Nodes));
        _nodeIds = file.Section(QueryIndexFormat.Section.Nodes) + 4;
        _nodeNames = _nodeIds + (4L * _nodeCount);
        _nodeDegrees = _nodeNames + (4L * _nodeCount);
        _nodeTypes = _nodeDegrees + (4L * _nodeCount);
        _edgeCount = file.Int32(file.Section(QueryIndexFormat.Section.Edges));
        _edgeSources = file.Section(QueryIndexFormat.Section.Edges) + 4;
        _edgeTargets = _edgeSources + (4L * _edgeCount);
        _edgeTypes = _edgeTargets + (4L * _edgeCount);
        _incidentStarts = file.Section(QueryIndexFormat.Section.Incident);
        _incident = _incidentStarts + (4L * (_nodeCount + 1));
        _rankings = file.Section(QueryIndexFormat.Section.Rankings);
        _documents = file.Section(QueryIndexFormat.Section.Documents);
        _nodeCache = new Node?[_nodeCount];
        Lookup = new EntityLookup(new IndexNameTable(this, file));
    }

    /// <summary>Name and alias lookup over the whole graph.</summary>
    public EntityLookup Lookup { get; }

    /// <summary>The index of <paramref name="graphPath"/> if it exists and mirrors the file as it is now; else null.</summary>
    public static QueryIndex? TryLoad(string graphPath)
    {
        ArgumentNullException.ThrowIfNull(graphPath);
        var source = new FileInfo(graphPath);
        var path = QueryIndexFormat.PathFor(graphPath);
        if (!source.Exists || !File.Exists(path) || File.GetLastWriteTimeUtc(path) < source.LastWriteTimeUtc)
        {
            return null;
        }

        var file = IndexFile.TryOpen(path, source.Length);
        try
        {
            return file is null ? null : new QueryIndex(file);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // A damaged index is ignored; the query reads graph.json and writes a new one.
            file?.Dispose();
            return null;
        }
    }

    /// <summary>Releases the mapping.</summary>
    public void Dispose() => _file.Dispose();

    /// <summary>
    /// The stored ranking by <paramref name="measure"/>, answered as <see cref="TopQuery"/> would on the whole graph;
    /// null when the index stores no ranking by that measure.
    /// </summary>
    public TopReport? Top(TopMeasure measure, NodeType? type, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var slot = Array.IndexOf(QueryIndexFormat.RankedMeasures, measure);
        if (slot < 0)
        {
            return null;
        }

        var orderLength = 4L * (_nodeCount + (_nodeCount % 2));
        var at = _rankings + (slot * (8 + orderLength + (8L * _nodeCount)));
        var source = _file.Int32(at);
        if (source < 0)
        {
            return null;
        }

        var stored = source != 0;
        var estimate = _file.Int32(at + 4) != 0;
        var order = at + 8;
        var scores = order + orderLength;
        var rows = new List<TopRow>();
        for (var k = 0; k < _nodeCount && rows.Count < limit; k++)
        {
            var v = _file.Int32(order + (4L * k));
            var t = TypeOf(v);
            if (type is null ? t != NodeType.Statement : t == type)
            {
                rows.Add(new TopRow(rows.Count + 1, NodeRef.Of(NodeAt(v)), _file.Double(scores + (8L * v))));
            }
        }

        return TopQuery.Report(measure, type, new MeasureScores([], stored, estimate), rows);
    }

    /// <summary>The graph of <paramref name="nodes"/> and the documents their edges cite, with every edge among them.</summary>
    internal KnowledgeGraph Subgraph(NodeSet nodes)
    {
        foreach (var j in EdgesAmong(nodes))
        {
            AddDocument(nodes, EdgeAt(j).Properties.GetString("document"));
        }

        var count = nodes.Count;
        for (var i = 0; i < count; i++)
        {
            var v = nodes.Members[i];
            if (TypeOf(v) == NodeType.Statement)
            {
                AddDocument(nodes, NodeAt(v).Properties.GetString("document"));
            }
        }

        // Numbers ascending are the graph's own order: nodes by id, edges by Edge.Order.
        var nodeList = nodes.Members.ToArray();
        Array.Sort(nodeList);
        var edgeList = EdgesAmong(nodes).ToArray();
        Array.Sort(edgeList);
        var nodeArray = new Node[nodeList.Length];
        for (var i = 0; i < nodeArray.Length; i++)
        {
            nodeArray[i] = NodeAt(nodeList[i]);
        }

        var edgeArray = new Edge[edgeList.Length];
        for (var i = 0; i < edgeArray.Length; i++)
        {
            edgeArray[i] = EdgeAt(edgeList[i]);
        }

        return KnowledgeGraph.FromOrdered(nodeArray, edgeArray, null, edgesChecked: true);
    }

    /// <summary>The node numbered <paramref name="v"/> with its properties.</summary>
    internal Node NodeAt(int v) => _nodeCache[v] ??= new Node(
        _file.String(_file.Int32(_nodeIds + (4L * v))), TypeOf(v), _file.String(_file.Int32(_nodeNames + (4L * v))), _file.Properties(v));

    /// <summary>The id of node <paramref name="v"/>, without reading the rest of it.</summary>
    internal string IdOf(int v) => _nodeCache[v]?.Id ?? _file.String(_file.Int32(_nodeIds + (4L * v)));

    /// <summary>The reference to node <paramref name="v"/>, without reading its properties.</summary>
    internal NodeRef RefOf(int v) => _nodeCache[v] is { } node
        ? NodeRef.Of(node)
        : new NodeRef(IdOf(v), TypeNames[(int)TypeOf(v)], NameOf(v));

    /// <summary>The name of node <paramref name="v"/>, without reading the rest of it.</summary>
    internal string NameOf(int v) => _nodeCache[v]?.Name ?? _file.String(_file.Int32(_nodeNames + (4L * v)));

    /// <summary>As <see cref="RefOf"/>, one instance per node: for nodes a query names many times.</summary>
    internal NodeRef CachedRef(int v)
    {
        if (!_refCache.TryGetValue(v, out var node))
        {
            node = RefOf(v);
            _refCache[v] = node;
        }

        return node;
    }

    /// <summary>The type of node <paramref name="v"/>, without reading the rest of it.</summary>
    internal NodeType TypeOf(int v) => (NodeType)_file.Byte(_nodeTypes + v);

    /// <summary>In + out degree of node <paramref name="v"/>.</summary>
    internal int Degree(int v) => _file.Int32(_nodeDegrees + (4L * v));

    /// <summary>The number of node <paramref name="id"/>, or -1.</summary>
    internal int IndexOf(string id)
    {
        if (_idCache.TryGetValue(id, out var found))
        {
            return found;
        }

        // Ids are ASCII (a type prefix and a hash), whose bytes order as their characters do: compared in place.
        var ascii = System.Text.Ascii.IsValid(id);
        var bytes = ascii ? System.Text.Encoding.ASCII.GetBytes(id) : [];
        int lo = 0, hi = _nodeCount - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var s = _file.Int32(_nodeIds + (4L * mid));
            var c = ascii ? _file.CompareString(s, bytes) : string.CompareOrdinal(_file.String(s), id);
            if (c == 0)
            {
                _idCache[id] = mid;
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private Edge EdgeAt(int j)
    {
        if (!_edgeCache.TryGetValue(j, out var edge))
        {
            edge = new Edge(IdOf(Source(j)), IdOf(Target(j)), EdgeTypeOf(j), _file.Properties(_nodeCount + j));
            _edgeCache[j] = edge;
        }

        return edge;
    }

    private int Source(int j) => _file.Int32(_edgeSources + (4L * j));

    private int Target(int j) => _file.Int32(_edgeTargets + (4L * j));

    private EdgeType EdgeTypeOf(int j) => (EdgeType)_file.Byte(_edgeTypes + j);

    private int IncidentStart(int v) => _file.Int32(_incidentStarts + (4L * v));

    private int IncidentEdge(int k) => _file.Int32(_incident + (4L * k));

    private void AddDocument(NodeSet nodes, string id)
    {
        if (id.Length > 0 && IndexOf(id) is var d and >= 0)
        {
            nodes.Add(d);
        }
    }

    // The edges among nodes, each once.
    private List<int> EdgesAmong(NodeSet nodes)
    {
        var seen = new NodeSet(_edgeCount);
        foreach (var v in nodes.Members)
        {
            foreach (var j in IncidentEdges(v))
            {
                if (nodes.Contains(Other(j, v)))
                {
                    seen.Add(j);
                }
            }
        }

        return seen.Members;
    }

    /// <summary>The numbers of the edges at <paramref name="v"/>, ascending.</summary>
    private int[] IncidentEdges(int v)
    {
        var start = IncidentStart(v);
        var edges = new int[IncidentStart(v + 1) - start];
        for (var k = 0; k < edges.Length; k++)
        {
            edges[k] = IncidentEdge(start + k);
        }

        return edges;
    }

    /// <summary>Whether edge <paramref name="j"/> leaves <paramref name="v"/> (a loop does).</summary>
    private bool Leaves(int j, int v) => Source(j) == v;

    /// <summary>The node at the other end of edge <paramref name="j"/> from <paramref name="v"/>.</summary>
    private int Other(int j, int v) => Source(j) == v ? Target(j) : Source(j);
}
