using System.Runtime.InteropServices;
using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// The name tables of a query index, searched in place: exact names and aliases in their hash tables, folded names
/// (read only when an exact search fails) by a scan of their UTF-8 bytes.
/// </summary>
internal sealed class IndexNameTable : INameTable
{
    private readonly QueryIndex _index;
    private readonly IndexFile _file;
    private readonly long _names;
    private readonly long _aliases;
    private Folded? _folded;

    public IndexNameTable(QueryIndex index, IndexFile file)
    {
        _index = index;
        _file = file;
        _names = file.Section(QueryIndexFormat.Section.Names);
        _aliases = _names + 8 + (4L * (file.Int32(_names + 4) + 1)) + (8L * file.Int32(_names));
    }

    public IReadOnlyList<Node> Named(string name) => Exact(_names, name);

    public IReadOnlyList<Node> Aliased(string alias) => Exact(_aliases, alias);

    public IReadOnlyList<Node> FoldedEqual(string folded, IReadOnlySet<NodeType>? types)
    {
        var table = Table();
        var key = Encoding.UTF8.GetBytes(folded);
        var found = new List<Node>();
        var nodes = table.Node;
        for (var i = 0; i < table.Count; i++)
        {
            if (Allowed(nodes[i], types) && table.Span(i).SequenceEqual(key))
            {
                found.Add(_index.NodeAt(nodes[i]));
            }
        }

        return found;
    }

    public IReadOnlyList<Node> Closest(string folded, IReadOnlySet<NodeType>? types)
    {
        var table = Table();
        var key = Encoding.UTF8.GetBytes(folded);
        var best = int.MaxValue;
        var found = new List<Node>();
        var nodes = table.Node;
        var lengths = table.Length;
        for (var i = 0; i < table.Count; i++)
        {
            // UTF-8 is self-synchronising: byte containment is character containment.
            var entry = table.Span(i);
            var contains = (folded.Length >= 2 && entry.IndexOf(key) >= 0) || (lengths[i] >= 2 && key.AsSpan().IndexOf(entry) >= 0);
            if (!contains || !Allowed(nodes[i], types))
            {
                continue;
            }

            var distance = Math.Abs(lengths[i] - folded.Length);
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }

            if (distance == best)
            {
                found.Add(_index.NodeAt(nodes[i]));
            }
        }

        return found;
    }

    public IReadOnlyList<string> Suggest(string folded, IReadOnlySet<NodeType>? types)
    {
        var table = Table();
        var limit = EntityLookup.SuggestionLimit(folded);
        var candidates = new List<KeyValuePair<string, string>>();
        var nodes = table.Node;
        var lengths = table.Length;
        for (var i = 0; i < table.Count; i++)
        {
            // Names whose length alone puts them past the limit are not decoded, and a surface name is read from
            // the mapped file only for a name within the limit (reading every one cost most of a failed lookup).
            if (Math.Abs(lengths[i] - folded.Length) > limit || !Allowed(nodes[i], types)
                || Math.Max(lengths[i], folded.Length) - Shared(table.Span(i), folded) > limit)
            {
                continue;
            }

            var candidate = Encoding.UTF8.GetString(table.Span(i));
            if (EditDistance.Of(folded, candidate, limit) <= limit)
            {
                candidates.Add(new(candidate, _file.String(table.Surface[i])));
            }
        }

        return EntityLookup.Suggest(folded, candidates);
    }

    // How many characters of a UTF-8 name occur in the query, counted with repeats (a character outside the BMP as
    // two): at least the longest common subsequence, so max(lengths) minus it bounds the edit distance from below,
    // and most names are ruled out without decoding them.
    private static int Shared(ReadOnlySpan<byte> name, string query)
    {
        var shared = 0;
        while (!name.IsEmpty)
        {
            Rune.DecodeFromUtf8(name, out var rune, out var used);
            name = name[used..];
            shared += rune.IsBmp ? (query.Contains((char)rune.Value, StringComparison.Ordinal) ? 1 : 0) : 2;
        }

        return shared;
    }

    public int Connections(Node node) => _index.Degree(_index.IndexOf(node.Id));

    private bool Allowed(int node, IReadOnlySet<NodeType>? types) => types is null || types.Contains(_index.TypeOf(node));

    // The entries of a (string, node) hash table equal to key, in node order: those of its bucket whose string is key.
    private List<Node> Exact(long table, string key)
    {
        var buckets = _file.Int32(table + 4);
        var starts = table + 8;
        var pairs = starts + (4L * (buckets + 1));
        var bucket = (int)(QueryIndexFormat.NameHash(key) & (uint)(buckets - 1));
        var found = new List<Node>();
        for (var i = _file.Int32(starts + (4L * bucket)); i < _file.Int32(starts + (4L * (bucket + 1))); i++)
        {
            if (_file.String(_file.Int32(pairs + (8L * i))) == key)
            {
                found.Add(_index.NodeAt(_file.Int32(pairs + (8L * i) + 4)));
            }
        }

        return found;
    }

    private Folded Table()
    {
        if (_folded is null)
        {
            var at = _file.Section(QueryIndexFormat.Section.Folded);
            _folded = new Folded(_file, _file.Int32(at), at + 4);
        }

        return _folded;
    }

    /// <summary>
    /// The folded names and aliases, read in place: surface string, node and UTF-16 length of each, the starts of
    /// their folded UTF-8 bytes, then the bytes.
    /// </summary>
    private sealed class Folded(IndexFile file, int count, long at)
    {
        public int Count => count;

        public ReadOnlySpan<int> Surface => Ints(0, count);

        public ReadOnlySpan<int> Node => Ints(count, count);

        public ReadOnlySpan<int> Length => Ints(2 * count, count);

        public ReadOnlySpan<byte> Span(int i)
        {
            var starts = Ints((3 * count) + i, 2);
            return file.Span(at + (16L * count) + 4 + starts[0], starts[1] - starts[0]);
        }

        private ReadOnlySpan<int> Ints(int first, int length) => MemoryMarshal.Cast<byte, int>(file.Span(at + (4L * first), 4 * length));
    }
}
