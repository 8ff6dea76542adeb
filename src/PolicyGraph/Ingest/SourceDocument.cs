using PolicyGraph.Text;

namespace PolicyGraph.Ingest;

/// <summary>One input article, decoded and rendered to the plain text that every offset in the graph counts.</summary>
/// <param name="Path">The file's path relative to the build's input root, <c>/</c>-separated.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Text">The plain text: a <c>.txt</c> file decoded verbatim, an HTML page's rendered article text.</param>
/// <param name="Metadata">Title, date, source and place.</param>
/// <param name="Chrome">Spans of page furniture inside <paramref name="Text"/> (breadcrumbs, share bars, editor lines) that extraction skips.</param>
public sealed record SourceDocument(string Path, string Sha256, string Text, DocumentMetadata Metadata, IReadOnlyList<TextSpan> Chrome)
{
    /// <summary>Whether <paramref name="span"/> overlaps page chrome.</summary>
    public bool IsChrome(TextSpan span)
    {
        // A loop, not Any(): steps ask this for every candidate, and a capturing lambda would allocate each time.
        var chrome = Chrome;
        for (var i = 0; i < chrome.Count; i++)
        {
            if (chrome[i].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What the page says about itself.</summary>
/// <param name="Title">The headline, without site suffix or subtitle; empty when none.</param>
/// <param name="Published">ISO date (yyyy-MM-dd), or empty.</param>
/// <param name="Source">The outlet of the 来源 line or the site, or empty.</param>
/// <param name="Place">The most specific place the article speaks from, full administrative name (天津市, 江西省修水县), or empty.</param>
/// <param name="Site">The body that runs the site, as its footer names it (主办单位：徐州市人民政府办公室, 版权所有：…), when
/// that is not <paramref name="Source"/>; else empty.</param>
public sealed record DocumentMetadata(string Title, string Published, string Source, string Place, string Site = "")
{
    /// <summary>Nothing known.</summary>
    public static readonly DocumentMetadata Unknown = new(string.Empty, string.Empty, string.Empty, string.Empty);
}
