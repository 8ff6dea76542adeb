namespace PolicyGraph.Ingest;

/// <summary>A document read from a file, or the reason the file was skipped.</summary>
public sealed record IngestResult(string Path, SourceDocument? Document, string? SkipReason)
{
    /// <summary>Whether the file gave a document.</summary>
    public bool Succeeded => Document is not null;

    /// <summary>A readable document.</summary>
    public static IngestResult Read(SourceDocument document) => new(document.Path, document, null);

    /// <summary>A file skipped for <paramref name="reason"/> (one sentence: what is wrong).</summary>
    public static IngestResult Skipped(string path, string reason) => new(path, null, reason);
}
