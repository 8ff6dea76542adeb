namespace PolicyGraph.Graph;

/// <summary>A node of the graph: a document, person, organisation, initiative, event, place or statement.</summary>
/// <param name="Id">Stable id: the same input gives the same id.</param>
/// <param name="Type">The node type.</param>
/// <param name="Name">What a person would call it (exported also as <c>label</c>).</param>
/// <param name="Properties">The type's further properties (design/SCHEMA.md).</param>
public sealed record Node(string Id, NodeType Type, string Name, Properties Properties)
{
    /// <summary>A copy with one more property.</summary>
    public Node With(string key, PropertyValue value) => this with { Properties = Properties.With(key, value) };
}
