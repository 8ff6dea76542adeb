namespace PolicyGraph.Ingest.Metadata;

/// <summary>Reads what a document says about itself: headline, publication date, source and place.</summary>
internal static class MetadataReader
{
    /// <summary>The metadata of <paramref name="view"/>; a part that cannot be known is empty.</summary>
    public static DocumentMetadata Read(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var source = SourceFinder.Find(view);
        return new DocumentMetadata(TitleFinder.Find(view), DateFinder.Find(view), source, PlaceFinder.Find(view, source));
    }
}
