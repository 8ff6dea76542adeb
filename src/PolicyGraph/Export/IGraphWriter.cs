using PolicyGraph.Graph;

namespace PolicyGraph.Export;

/// <summary>Writes a whole graph in one format.</summary>
public interface IGraphWriter
{
    /// <summary>Writes <paramref name="graph"/> to <paramref name="output"/>; deterministic for the same graph.</summary>
    void Write(KnowledgeGraph graph, Stream output);
}
