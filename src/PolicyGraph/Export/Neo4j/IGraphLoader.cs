namespace PolicyGraph.Export.Neo4j;

/// <summary>
/// Loads a <see cref="LoadPlan"/> into a running Neo4j: the schema, then every batch in its own transaction.
/// PolicyGraph's own Bolt client implements it; the official driver could implement it in its place.
/// </summary>
public interface IGraphLoader
{
    /// <summary>
    /// Runs <paramref name="plan"/>. Expected failures (unreachable server, refused credentials, a failing batch)
    /// come back as <see cref="LoadResult.Error"/>, one line; batches committed before a failure stay committed.
    /// </summary>
    Task<LoadResult> LoadAsync(LoadPlan plan, IProgress<LoadProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>Progress after a committed batch.</summary>
/// <param name="Batch">The batch just committed.</param>
/// <param name="BatchCount">How many batches the plan has.</param>
/// <param name="Description">What the batch wrote.</param>
public sealed record LoadProgress(int Batch, int BatchCount, string Description);

/// <summary>What a load did.</summary>
/// <param name="Error">Why it stopped, on one line, or null when every batch was committed.</param>
/// <param name="BatchesCommitted">How many data batches were committed.</param>
/// <param name="NodesWritten">Node rows written (created or updated).</param>
/// <param name="RelationshipsWritten">Relationship rows written (created or updated).</param>
/// <param name="NodesCreated">Nodes the server reports as created (the rest already existed).</param>
/// <param name="RelationshipsCreated">Relationships the server reports as created.</param>
/// <param name="Server">The server's agent and the protocol version, for the summary line.</param>
public sealed record LoadResult(string? Error, int BatchesCommitted, long NodesWritten, long RelationshipsWritten, long NodesCreated, long RelationshipsCreated, string Server)
{
    /// <summary>Whether the whole plan was loaded.</summary>
    public bool Succeeded => Error is null;
}
