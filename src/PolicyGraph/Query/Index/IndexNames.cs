using System.Collections.Immutable;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// The name tables of a query index and the strings they name: node N's id is string N and its name string
/// N + <c>nodeCount</c>; aliases follow in node order. Numbers are fixed by position, so the tables are built
/// without hashing a string, beside the property records.
/// </summary>
/// <remarks>Parallel lists of strings and ints rather than lists of tuples: code the runtime ships precompiled.</remarks>
internal sealed class IndexNames
{
    private readonly int _nodeCount;
    private readonly Table _names;
    private readonly Table _aliases;
    private readonly List<string> _folded;
    private readonly List<int> _foldedSurfaces;
    private readonly List<int> _foldedNodes;
    private readonly ByteBuffer _aliasBytes;
    private readonly List<int> _aliasEnds;

    private IndexNames(int nodeCount, int aliasCount)
    {
        _nodeCount = nodeCount;
        _names = new Table(nodeCount);
        _aliases = new Table(aliasCount);
        _folded = new(nodeCount + aliasCount);
        _foldedSurfaces = new(nodeCount + aliasCount);
        _foldedNodes = new(nodeCount + aliasCount);
        _aliasBytes = new ByteBuffer(12 * aliasCount);
        _aliasEnds = new(aliasCount);
    }

    /// <summary>The UTF-8 bytes of the aliases, in number order, and where each ends (from 0).</summary>
    public (ByteBuffer Bytes, List<int> Ends) AliasStrings => (_aliasBytes, _aliasEnds);

    /// <summary>The names and aliases of every node but statements, exact ones sorted ordinally then by node.</summary>
    public static IndexNames Of(KnowledgeGraph graph, int aliasCount)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes;
        var tables = new IndexNames(nodes.Count, aliasCount);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Type == NodeType.Statement)
            {
                continue;
            }

            if (node.Name.Length > 0)
            {
                tables._names.Add(node.Name, i, nodes.Count + i);
            }

            tables.AddFolded(node.Name, nodes.Count + i, i);
            foreach (var alias in Aliases(node))
            {
                var number = tables.AddAlias(alias);
                if (alias.Length > 0)
                {
                    tables._aliases.Add(alias, i, number);
                }

                tables.AddFolded(alias, number, i);
            }
        }

        Parallel.Invoke(tables._names.Sort, tables._aliases.Sort);
        return tables;
    }

    /// <summary>How many aliases the name tables hold: the strings after the ids and names.</summary>
    public static int CountAliases(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var count = 0;
        foreach (var node in graph.Nodes)
        {
            count += node.Type == NodeType.Statement ? 0 : Aliases(node).Length;
        }

        return count;
    }

    /// <summary>Exact names, then exact aliases: each a count K and K (string, node) pairs.</summary>
    public ByteBuffer NamesSection()
    {
        var section = new ByteBuffer(8 + (8 * (_names.Count + _aliases.Count)));
        _names.WriteTo(section);
        _aliases.WriteTo(section);
        return section;
    }

    /// <summary>Count F; the surface string, node and UTF-16 length of each folded name; F + 1 starts of the folded UTF-8 bytes, and the bytes.</summary>
    public ByteBuffer[] FoldedSection()
    {
        var count = _folded.Count;
        var section = new ByteBuffer(8 + (16 * count));
        section.WriteInt32(count);
        foreach (var surface in _foldedSurfaces)
        {
            section.WriteInt32(surface);
        }

        foreach (var node in _foldedNodes)
        {
            section.WriteInt32(node);
        }

        foreach (var folded in _folded)
        {
            section.WriteInt32(folded.Length);
        }

        var bytes = new ByteBuffer(12 * count);
        section.WriteInt32(0);
        foreach (var folded in _folded)
        {
            bytes.WriteUtf8(folded);
            section.WriteInt32(bytes.Length);
        }

        return [section, bytes];
    }

    private static ImmutableArray<string> Aliases(Node node) => node.Properties.GetList("aliases");

    private int AddAlias(string alias)
    {
        _aliasBytes.WriteUtf8(alias);
        _aliasEnds.Add(_aliasBytes.Length);
        return (2 * _nodeCount) + _aliasEnds.Count - 1;
    }

    private void AddFolded(string surface, int number, int node)
    {
        _folded.Add(EntityLookup.Fold(surface));
        _foldedSurfaces.Add(number);
        _foldedNodes.Add(node);
    }

    /// <summary>(string, node) pairs with the string's number, written in ordinal order of the string, then node.</summary>
    private sealed class Table(int capacity)
    {
        private readonly List<string> _keys = new(capacity);
        private readonly List<int> _nodes = new(capacity);
        private readonly List<int> _numbers = new(capacity);
        private int[] _order = [];

        public int Count => _keys.Count;

        public void Add(string key, int node, int number)
        {
            _keys.Add(key);
            _nodes.Add(node);
            _numbers.Add(number);
        }

        public void Sort()
        {
            _order = new int[_keys.Count];
            for (var i = 0; i < _order.Length; i++)
            {
                _order[i] = i;
            }

            // Entries are added in node order, so ties on the string fall back to the entry's position.
            Array.Sort(_order, (a, b) => string.CompareOrdinal(_keys[a], _keys[b]) is var c and not 0 ? c : a.CompareTo(b));
        }

        public void WriteTo(ByteBuffer section)
        {
            section.WriteInt32(_order.Length);
            foreach (var i in _order)
            {
                section.WriteInt32(_numbers[i]);
                section.WriteInt32(_nodes[i]);
            }
        }
    }
}
