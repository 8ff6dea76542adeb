using PolicyGraph.Extraction;
using PolicyGraph.Ingest;

namespace PolicyGraph.Pipeline.Cache;

/// <summary>One document of an input file as the build needs it after extraction.</summary>
/// <param name="Document">The document, its <see cref="SourceDocument.Text"/> left empty: nothing after extraction reads it.</param>
/// <param name="Characters">How long its text was, for throughput figures.</param>
/// <param name="Extraction">What extraction found in it.</param>
public sealed record CachedDocument(SourceDocument Document, int Characters, DocumentExtraction Extraction)
{
    /// <summary>Keeps what the build needs of an extracted document: everything but its text.</summary>
    public static CachedDocument Of(SourceDocument document, DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new CachedDocument(document with { Text = string.Empty }, document.Text.Length, extraction);
    }
}

/// <summary>The cached result of one input file: the key it was stored under and its documents.</summary>
/// <param name="Key">The cache key, checked on reading so that a misplaced or truncated entry is never used.</param>
/// <param name="Documents">The file's documents (several for a day file split into items).</param>
internal sealed record CacheEntry(string Key, IReadOnlyList<CachedDocument> Documents);
