namespace PolicyGraph.Ingest.Metadata;

/// <summary>Reads what a document says about itself: headline, publication date, source and place.</summary>
internal static class MetadataReader
{
    /// <summary>The metadata of <paramref name="view"/>; a part that cannot be known is empty.</summary>
    public static DocumentMetadata Read(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        // On a page whose article block left its date or source line outside, the whole page's labelled lines count.
        var whole = view.Page is { } page && page.PageText != view.Text ? ArticleView.Of(page.PageText, page) : null;
        var published = DateFinder.Find(view);
        if (published.Length == 0 && whole is not null)
        {
            published = DateFinder.Labelled(whole);
        }

        var source = SourceFinder.Find(view);
        if (whole is not null && SourceFinder.Labelled(view).Length == 0 && SourceFinder.Labelled(whole) is { Length: > 0 } labelled)
        {
            source = labelled;
        }

        var title = TitleFinder.Find(view);
        var site = SourceFinder.SiteOwner(whole ?? view);
        return new DocumentMetadata(title, published, source, PlaceFinder.Find(view, source, title), site == source ? string.Empty : site);
    }
}
