using System.Security.Cryptography;
using PolicyGraph.Ingest.Chrome;
using PolicyGraph.Ingest.Html;
using PolicyGraph.Ingest.Metadata;

namespace PolicyGraph.Ingest;

/// <summary>Reads one article file into a <see cref="SourceDocument"/>: decoding, HTML rendering, chrome and metadata.</summary>
public sealed class ArticleReader
{
    /// <summary>The reason given for an HTML page with nothing visible in it.</summary>
    public const string NoVisibleTextReason = "the page has no visible text";

    /// <summary>Reads <paramref name="file"/>; a file that cannot be read is a skip with its reason, not an exception.</summary>
    public IngestResult Read(InputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Skipped(file.RelativePath, "the file cannot be read: " + ex.Message);
        }

        return Read(file.RelativePath, bytes);
    }

    /// <summary>Reads an article from its bytes; <paramref name="path"/> is the path the graph records.</summary>
    public IngestResult Read(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        var html = IsHtmlPath(path);
        var decoded = TextDecoder.Decode(bytes, html || LooksLikeHtml(bytes));
        if (decoded.Text is not { } raw)
        {
            return IngestResult.Skipped(path, decoded.SkipReason!);
        }

        HtmlPage? page = null;
        var text = raw;
        if (html || LooksLikeHtml(raw))
        {
            page = HtmlPageReader.Read(raw);
            text = page.Text;
            if (text.Length == 0)
            {
                return IngestResult.Skipped(path, NoVisibleTextReason);
            }
        }

        var view = ArticleView.Of(text, page);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return IngestResult.Read(new SourceDocument(path, sha, text, MetadataReader.Read(view), ChromeFinder.Find(view.Lines, view.Kinds)));
    }

    private static bool IsHtmlPath(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    // A .txt file that is really a saved web page is rendered like one.
    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes) => LooksLikeHtml(System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]));

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart().TrimStart('\uFEFF');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
