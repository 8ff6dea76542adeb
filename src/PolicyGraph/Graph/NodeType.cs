namespace PolicyGraph.Graph;

/// <summary>The node types of the graph contract (design/SCHEMA.md); names are exported verbatim.</summary>
public enum NodeType
{
    Document,
    Person,
    Organization,
    Initiative,
    Event,
    Place,
    Statement,
}
