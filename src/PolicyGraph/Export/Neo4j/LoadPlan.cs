namespace PolicyGraph.Export.Neo4j;

/// <summary>
/// Everything needed to load a graph into Neo4j, shared by the Cypher script, and the Bolt push: the schema
/// commands (one uniqueness constraint per label), then data batches, each one parameterised query over a
/// list of rows. Running the plan twice leaves the database as running it once.
/// </summary>
/// <param name="Schema">The schema commands, each to run in its own (auto-commit) transaction.</param>
/// <param name="Batches">The data batches in load order: every node batch before any relationship batch.</param>
/// <param name="NodeCount">How many nodes the batches write.</param>
/// <param name="RelationshipCount">How many relationships the batches write.</param>
public sealed record LoadPlan(IReadOnlyList<string> Schema, IReadOnlyList<LoadBatch> Batches, int NodeCount, int RelationshipCount)
{
    /// <summary>The name of the query parameter that holds a batch's rows.</summary>
    public const string RowsParameter = "rows";
}

/// <summary>One data batch: <see cref="Query"/> runs once with <c>$rows</c> bound to <see cref="Rows"/>.</summary>
/// <param name="Number">The batch's position in the plan, from 1.</param>
/// <param name="Description">What it writes, for progress and error messages ("Person nodes 1-500").</param>
/// <param name="Query">The Cypher query; it reads only the parameter <see cref="LoadPlan.RowsParameter"/>.</param>
/// <param name="Rows">The rows: maps of Neo4j values (see <see cref="Neo4jValue"/>).</param>
/// <param name="IsRelationships">Whether the rows are relationships rather than nodes.</param>
public sealed record LoadBatch(int Number, string Description, string Query, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows, bool IsRelationships);
