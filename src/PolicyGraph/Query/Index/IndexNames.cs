using System.Collections.Immutable;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// The name tables of a query index and the strings they name: node N's id is string N and its name string
/// N + <c>nodeCount</c>; aliases follow in node order. Numbers are fixed by position and the exact tables are hash
/// tables (no sort of a hundred thousand strings at every build), so they are built beside the property records.
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

    /// <summary>The names and aliases of every node but statements.</summary>
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

    /// <summary>(string, node) pairs by the string's number, written as a hash table of the string (see <see cref="QueryIndexFormat.Section.Names"/>).</summary>
    private sealed class Table(int capacity)
    {
        private readonly List<uint> _hashes = new(capacity);
        private readonly List<int> _nodes = new(capacity);
        private readonly List<int> _numbers = new(capacity);

        public int Count => _hashes.Count;

        public void Add(string key, int node, int number)
        {
            _hashes.Add(QueryIndexFormat.NameHash(key));
            _nodes.Add(node);
            _numbers.Add(number);
        }

        // Pairs dealt to their buckets in the order added (node order): a counting sort, stable.
        public void WriteTo(ByteBuffer section)
        {
            var buckets = 1;
            while (buckets < Count)
            {
                buckets *= 2;
            }

            var starts = new int[buckets + 1];
            foreach (var hash in _hashes)
            {
                starts[(int)(hash & (uint)(buckets - 1)) + 1]++;
            }

            for (var b = 1; b <= buckets; b++)
            {
                starts[b] += starts[b - 1];
            }

            var order = new int[Count];
            var next = (int[])starts.Clone();
            for (var i = 0; i < Count; i++)
            {
                order[next[(int)(_hashes[i] & (uint)(buckets - 1))]++] = i;
            }

            section.WriteInt32(Count);
            section.WriteInt32(buckets);
            section.WriteInt32s(starts);
            foreach (var i in order)
            {
                section.WriteInt32(_numbers[i]);
                section.WriteInt32(_nodes[i]);
            }
        }
    }
}
