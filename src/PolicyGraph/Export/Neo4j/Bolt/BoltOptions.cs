namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>Timeouts and framing of a Bolt connection.</summary>
public sealed record BoltOptions
{
    /// <summary>How long to wait for TCP, TLS and the handshake.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait for any one answer (a large batch can take a while).</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest chunk sent; the protocol's maximum unless a test wants tiny chunks.</summary>
    public int ChunkSize { get; init; } = BoltChunking.MaxChunkSize;

    /// <summary>The <c>user_agent</c> sent in HELLO.</summary>
    public string UserAgent { get; init; } = "PolicyGraph/" + (typeof(BoltOptions).Assembly.GetName().Version?.ToString(3) ?? "0");

    /// <summary>How often a batch that failed with a transient error (deadlock, leader switch) is tried again.</summary>
    public int TransientRetries { get; init; } = 2;
}
