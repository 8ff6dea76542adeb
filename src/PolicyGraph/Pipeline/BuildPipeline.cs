using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Ingest;
using PolicyGraph.Resolution;

namespace PolicyGraph.Pipeline;

/// <summary>
/// The whole pipeline in one place: files → Ingest → Extraction → Resolution → graph.
/// Documents are read and extracted in parallel; the result does not depend on thread timing.
/// </summary>
public sealed class BuildPipeline
{
    private readonly ArticleReader _reader;
    private readonly DocumentExtractor _extractor;
    private readonly GraphAssembler _assembler;

    /// <summary>A pipeline from its stages.</summary>
    public BuildPipeline(ArticleReader reader, DocumentExtractor extractor, GraphAssembler assembler)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(assembler);
        _reader = reader;
        _extractor = extractor;
        _assembler = assembler;
    }

    /// <summary>The standard pipeline.</summary>
    public static BuildPipeline CreateDefault() => new(new ArticleReader(), DocumentExtractor.CreateDefault(), new GraphAssembler());

    /// <summary>Builds the graph of every article under <paramref name="inputs"/>.</summary>
    public BuildResult Run(IReadOnlyList<string> inputs, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (files, missing) = InputFiles.Find(inputs);
        if (missing is not null)
        {
            return BuildResult.Failure($"Input '{missing}' does not exist; give an existing file or folder.");
        }

        if (files.Count == 0)
        {
            return BuildResult.Failure($"No .txt, .html or .htm files under {string.Join(", ", inputs.Select(i => "'" + i + "'"))}; give a folder of articles.");
        }

        var results = new (IngestResult Ingest, DocumentExtraction? Extraction)[files.Count];
        var done = 0;
        long chars = 0;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var ingest = _reader.Read(files[i]);
            DocumentExtraction? extraction = null;
            if (ingest.Document is { } document)
            {
                try
                {
                    extraction = _extractor.Extract(document);
                }
#pragma warning disable CA1031 // One failing document is recorded and skipped; the batch goes on (tier 3 of design/STYLE.md).
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    ingest = IngestResult.Skipped(ingest.Path, $"extraction failed ({ex.GetType().Name}: {ex.Message})");
                }

                Interlocked.Add(ref chars, document.Text.Length);
            }

            results[i] = (ingest, extraction);
            progress?.Report(new BuildProgress(Interlocked.Increment(ref done), files.Count, Interlocked.Read(ref chars)));
        });

        var skipped = results.Where(r => !r.Ingest.Succeeded).Select(r => new SkippedFile(r.Ingest.Path, r.Ingest.SkipReason!)).ToList();
        var documents = results.Where(r => r.Ingest.Succeeded && r.Extraction is not null)
            .Select(r => (r.Ingest.Document!, r.Extraction!)).ToList();
        if (documents.Count == 0)
        {
            return BuildResult.Failure("No readable documents among the inputs: " + string.Join("; ", skipped.Select(s => s.Path + " " + s.Reason)), skipped);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var graph = _assembler.Assemble(documents);
        return new BuildResult(graph, skipped, null);
    }
}

/// <summary>How far a build has come.</summary>
public sealed record BuildProgress(int FilesDone, int FilesTotal, long Characters);

/// <summary>A file left out of a build and why.</summary>
public sealed record SkippedFile(string Path, string Reason);

/// <summary>The graph a build made and the files it skipped, or why it made none.</summary>
public sealed record BuildResult(KnowledgeGraph? Graph, IReadOnlyList<SkippedFile> Skipped, string? Error)
{
    /// <summary>Whether a graph was built.</summary>
    public bool Succeeded => Graph is not null;

    internal static BuildResult Failure(string error, IReadOnlyList<SkippedFile>? skipped = null) => new(null, skipped ?? [], error);
}
