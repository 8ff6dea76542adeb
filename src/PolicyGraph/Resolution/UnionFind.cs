namespace PolicyGraph.Resolution;

/// <summary>Disjoint sets over keys; the root of a set is its ordinally smallest key, so results never depend on union order.</summary>
internal sealed class UnionFind<T>
    where T : notnull
{
    private readonly Dictionary<T, T> _parent;
    private readonly IComparer<T> _order;

    /// <summary>Sets of one key each.</summary>
    public UnionFind(IEqualityComparer<T> equality, IComparer<T> order)
    {
        _parent = new Dictionary<T, T>(equality);
        _order = order;
    }

    /// <summary>The root of <paramref name="key"/>'s set (a key never added is its own root).</summary>
    public T Find(T key)
    {
        var root = key;
        while (_parent.TryGetValue(root, out var up) && !_parent.Comparer.Equals(up, root))
        {
            root = up;
        }

        // Path compression keeps later finds short.
        while (_parent.TryGetValue(key, out var up) && !_parent.Comparer.Equals(up, root))
        {
            _parent[key] = root;
            key = up;
        }

        return root;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <returns>Whether they were apart.</returns>
    public bool Union(T a, T b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (_parent.Comparer.Equals(ra, rb))
        {
            return false;
        }

        if (_order.Compare(ra, rb) < 0)
        {
            _parent[rb] = ra;
            _parent.TryAdd(ra, ra);
        }
        else
        {
            _parent[ra] = rb;
            _parent.TryAdd(rb, rb);
        }

        return true;
    }
}
