using PolicyGraph.Graph;
using PolicyGraph.Resolution;

namespace PolicyGraph.Pipeline;

/// <summary>How far a build has come.</summary>
/// <param name="FilesDone">Files read (from the cache or extracted).</param>
/// <param name="FilesTotal">Files to read.</param>
/// <param name="Characters">Characters of text extracted or taken from the cache so far.</param>
public sealed record BuildProgress(int FilesDone, int FilesTotal, long Characters)
{
    /// <summary>Bytes of input read so far.</summary>
    public long BytesDone { get; init; }

    /// <summary>Bytes of input in all.</summary>
    public long BytesTotal { get; init; }

    /// <summary>Files whose extraction came from the cache so far.</summary>
    public int FilesCached { get; init; }
}

/// <summary>What a build should do besides building.</summary>
/// <param name="CacheFolder">Where extraction results are cached between builds, or null for no cache.</param>
public sealed record BuildOptions(string? CacheFolder)
{
    /// <summary>No cache.</summary>
    public static readonly BuildOptions Default = new((string?)null);

    /// <summary>
    /// With a cache: whatever besides the inputs decides the outputs (options, the program's build). The build then
    /// fingerprints its inputs (<see cref="BuildResult.Fingerprint"/>), and when the <see cref="Cache.BuildStamp"/> of
    /// the last build into <see cref="OutputFolder"/> has the same fingerprint and its outputs are as stamped, it
    /// builds nothing (<see cref="BuildResult.UpToDate"/>).
    /// </summary>
    public string? Stamped { get; init; }

    /// <summary>The folder the outputs go to, for <see cref="Stamped"/>.</summary>
    public string? OutputFolder { get; init; }
}

/// <summary>Figures of one build.</summary>
/// <param name="Files">Input files found.</param>
/// <param name="FilesCached">Files whose extraction came from the cache.</param>
/// <param name="Documents">Documents in the graph (a day file gives one per item).</param>
/// <param name="Characters">Characters of text in those documents.</param>
public sealed record BuildStatistics(int Files, int FilesCached, int Documents, long Characters)
{
    /// <summary>Nothing built.</summary>
    public static readonly BuildStatistics None = new(0, 0, 0, 0);
}

/// <summary>A file left out of a build and why.</summary>
public sealed record SkippedFile(string Path, string Reason);

/// <summary>The graph a build made and the files it skipped, or why it made none.</summary>
public sealed record BuildResult(KnowledgeGraph? Graph, IReadOnlyList<SkippedFile> Skipped, string? Error)
{
    /// <summary>Whether a graph was built.</summary>
    public bool Succeeded => Graph is not null;

    /// <summary>Why resolution merged or kept apart nodes (empty when no graph was built).</summary>
    public ResolutionLog Log { get; init; } = new();

    /// <summary>Figures of the build.</summary>
    public BuildStatistics Statistics { get; init; } = BuildStatistics.None;

    /// <summary>The fingerprint of the inputs (<see cref="BuildOptions.Stamped"/>), or null when not asked or a file could not be read.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The stamp of the last build when it is current: nothing was built, the outputs stand.</summary>
    public Cache.BuildStamp? UpToDate { get; init; }

    internal static BuildResult Failure(string error, IReadOnlyList<SkippedFile>? skipped = null) => new(null, skipped ?? [], error);
}
