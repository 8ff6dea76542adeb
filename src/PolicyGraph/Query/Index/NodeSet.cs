namespace PolicyGraph.Query.Index;

/// <summary>
/// A set of node numbers of one index: a membership array and the members in the order added. Plain arrays and
/// lists of int, whose code the runtime ships precompiled (a <c>HashSet&lt;int&gt;</c> would be compiled at start-up).
/// </summary>
internal sealed class NodeSet
{
    private readonly bool[] _member;

    /// <summary>An empty set of numbers below <paramref name="capacity"/>.</summary>
    public NodeSet(int capacity) => _member = new bool[capacity];

    /// <summary>The members, in the order added.</summary>
    public List<int> Members { get; } = [];

    public int Count => Members.Count;

    /// <summary>Adds <paramref name="v"/>; false when it was a member already.</summary>
    public bool Add(int v)
    {
        if (_member[v])
        {
            return false;
        }

        _member[v] = true;
        Members.Add(v);
        return true;
    }

    public bool Contains(int v) => _member[v];
}
