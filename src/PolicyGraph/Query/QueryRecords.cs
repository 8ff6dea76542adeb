using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>A node as query answers name it.</summary>
/// <param name="Id">Its stable id.</param>
/// <param name="Type">Its node type.</param>
/// <param name="Name">Its name.</param>
public sealed record NodeRef(string Id, string Type, string Name)
{
    /// <summary>The reference to <paramref name="node"/>.</summary>
    public static NodeRef Of(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new NodeRef(node.Id, node.Type.ToString(), node.Name);
    }
}

/// <summary>A source document as query answers cite it.</summary>
/// <param name="Id">The Document node's id.</param>
/// <param name="Name">Its name (the file name).</param>
/// <param name="Published">Its publication date (ISO) or empty.</param>
public sealed record DocumentRef(string Id, string Name, string Published);

/// <summary>The answer to a query, or why there is none (an unknown name, a wrong node type).</summary>
public sealed record QueryResult<T>(T? Value, string? Error)
    where T : class
{
    /// <summary>Whether there is an answer.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>An answer.</summary>
    public static QueryResult<T> Of(T value) => new(value, null);

    internal static QueryResult<T> Success(T value) => new(value, null);

    internal static QueryResult<T> Failure(string error) => new(null, error);
}
