using System.Globalization;
using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Neo4j.Cypher;

/// <summary>
/// Writes a cypher-shell script (<c>cypher-shell -f graph.cypher</c>) that loads the graph idempotently: the
/// uniqueness constraints and name indexes first, each in its own auto-commit transaction, then every batch of the
/// <see cref="LoadPlan"/> as a <c>:param</c> command holding the rows and the batch's query inside
/// <c>:begin</c>/<c>:commit</c>. Data travels only as parameter values, never spliced into a query.
/// </summary>
public sealed class CypherScriptWriter : IGraphWriter
{
    /// <summary>The script's file name.</summary>
    public const string FileName = "graph.cypher";

    /// <summary>Rows per batch in the script: small enough for a readable line, large enough to load quickly.</summary>
    public const int DefaultBatchSize = 500;

    private readonly int _batchSize;

    /// <summary>Creates a writer with <paramref name="batchSize"/> rows per <c>:param</c> batch.</summary>
    public CypherScriptWriter(int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    /// <inheritdoc />
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var plan = new LoadPlanner(_batchSize).Plan(graph);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(plan, writer);
    }

    /// <summary>Writes the script for <paramref name="plan"/> to <paramref name="writer"/>, one batch at a time.</summary>
    public static void Write(LoadPlan plan, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(writer);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("// PolicyGraph graph for Neo4j 5: cypher-shell -a bolt://localhost:7687 -u neo4j -d neo4j -f graph.cypher\n")
          .Append(inv, $"// {plan.NodeCount} nodes, {plan.RelationshipCount} relationships. Idempotent: every write is a MERGE on\n")
          .Append("// a unique id (nodes) or on endpoints, type and provenance (relationships), so a second run changes nothing.\n")
          .Append("// Schema commands run in their own transactions, before and apart from the data.\n\n");
        foreach (var statement in plan.Schema)
        {
            sb.Append(statement).Append(";\n");
        }

        writer.Write(sb);
        foreach (var batch in plan.Batches)
        {
            sb.Clear();
            sb.Append(inv, $"\n// batch {batch.Number} of {plan.Batches.Count}: {batch.Description}\n");
            sb.Append(":param {").Append(LoadPlan.RowsParameter).Append(": ");
            CypherLiteral.Append(sb, batch.Rows);
            sb.Append("}\n:begin\n").Append(batch.Query).Append(";\n:commit\n");
            writer.Write(sb);
        }
    }
}
