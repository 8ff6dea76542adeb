using PolicyGraph.Extraction;
using PolicyGraph.Ingest;
using PolicyGraph.Pipeline.Cache;
using PolicyGraph.Resolution;

namespace PolicyGraph.Pipeline;

/// <summary>
/// The whole pipeline in one place: files → Ingest → (day files split into items) → Extraction → Resolution → graph.
/// Files are read and extracted in parallel on all cores, each result stored at the file's index, so the graph
/// does not depend on thread timing. With a cache, files extracted before with the same content and extractor
/// are not extracted again.
/// </summary>
public sealed partial class BuildPipeline
{
    private readonly ArticleReader _reader;
    private readonly Lazy<DocumentExtractor> _extractor;

    // Why the extractor could not be made, once a file needed it: the build then fails as a whole rather than
    // leaving the changed documents out of a graph built from the cached ones.
    private Exception? _extractorFailure;
    private readonly GraphAssembler _assembler;

    /// <summary>A pipeline from its stages.</summary>
    public BuildPipeline(ArticleReader reader, DocumentExtractor extractor, GraphAssembler assembler)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(assembler);
        _reader = reader;
        _extractor = new Lazy<DocumentExtractor>(extractor);
        _assembler = assembler;
    }

    /// <summary>
    /// A pipeline whose extractor is made by <paramref name="extractor"/> on the first cache miss: a rebuild whose
    /// files are all cached never loads its models.
    /// </summary>
    internal BuildPipeline(ArticleReader reader, Func<DocumentExtractor> extractor, GraphAssembler assembler)
    {
        _reader = reader;
        _extractor = new Lazy<DocumentExtractor>(extractor, LazyThreadSafetyMode.ExecutionAndPublication);
        _assembler = assembler;
    }

    /// <summary>The standard pipeline.</summary>
    public static BuildPipeline CreateDefault() =>
        new(new ArticleReader(), () => PhaseTimer.Time("create extractor", DocumentExtractor.CreateDefault), new GraphAssembler());

    /// <summary>Builds the graph of every article under <paramref name="inputs"/>, without a cache.</summary>
    public BuildResult Run(IReadOnlyList<string> inputs, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(inputs, BuildOptions.Default, progress, cancellationToken);

    /// <summary>Builds the graph of every article under <paramref name="inputs"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written but cache entries.</exception>
    public BuildResult Run(IReadOnlyList<string> inputs, BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var (files, missing) = InputFiles.Find(inputs);
        if (missing is not null)
        {
            return BuildResult.Failure($"Input '{missing}' does not exist; give an existing file or folder.");
        }

        if (files.Count == 0)
        {
            return BuildResult.Failure($"No .txt, .html or .htm files under {string.Join(", ", inputs.Select(i => "'" + i + "'"))}; give a folder of articles.");
        }

        var cache = options.CacheFolder is { } folder ? new ExtractionCache(folder) : null;
        var stamped = cache is null ? null : options.Stamped;
        string?[]? keys = null;
        if (stamped is not null && options.OutputFolder is { } outputFolder && BuildStamp.Read(options.CacheFolder!) is { } last)
        {
            // A build before this one: its inputs are compared first, and when they are the same, nothing is built.
            // The keys also spare the files found in the cache a second reading.
            keys = PhaseTimer.Time("fingerprint inputs", () => KeysOf(files));
            if (BuildStamp.FingerprintOf(keys, stamped) is { } same && same == last.Fingerprint && last.IsCurrent(outputFolder))
            {
                return new BuildResult(null, [], null) { Fingerprint = same, UpToDate = last };
            }
        }

        var results = PhaseTimer.Time("read files", () => ReadAll(files, keys, cache, progress, cancellationToken));
        if (_extractorFailure is { } failure)
        {
            return BuildResult.Failure($"Cannot load the extraction models ({failure.GetType().Name}: {failure.Message}); reinstall or rebuild policygraph.");
        }

        var skipped = results.SelectMany(r => r.Skipped).ToList();
        var documents = results.SelectMany(r => r.Documents).ToList();
        if (documents.Count == 0)
        {
            return BuildResult.Failure("No readable documents among the inputs: " + string.Join("; ", skipped.Select(s => s.Path + " " + s.Reason)), skipped);
        }

        // The entries this build did not use are known once every file is read; deleting them (the file system's
        // time more than the processor's, 0.1-0.3 s after a changed file) runs beside the assembly.
        var prune = cache is null ? Task.CompletedTask : Task.Run(() => PhaseTimer.Time("prune cache", cache.Prune));
        AssembledGraph assembled;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            (SourceDocument, DocumentExtraction)[] extracted = [.. documents.Select(d => (d.Document, d.Extraction))];
            assembled = CollectionFreePhase.Run(AssemblyBudget(extracted), () => PhaseTimer.Time("assemble", () => _assembler.AssembleWithLog(extracted)));
        }
        finally
        {
            prune.GetAwaiter().GetResult();
        }

        return new BuildResult(assembled.Graph, skipped, null)
        {
            Log = assembled.Log,
            Fingerprint = stamped is null ? null : BuildStamp.FingerprintOf(results.Select(r => r.Key), stamped),
            Statistics = new BuildStatistics(files.Count, results.Count(r => r.Cached), documents.Count, documents.Sum(d => (long)d.Characters)),
        };
    }

    // What assembling these documents allocates, with room to spare: an xwlb build allocates 334 MB for its 512,000
    // estimated edges (650 B each), most of it the graph itself; the budget allows 1.5 KB each.
    private static long AssemblyBudget(IReadOnlyList<(SourceDocument, DocumentExtraction)> documents) =>
        (64L << 20) + (1536L * GraphAssembler.EdgeEstimate(documents));
}
