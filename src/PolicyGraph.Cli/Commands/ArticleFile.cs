using PolicyGraph.Ingest;

namespace PolicyGraph.Cli.Commands;

/// <summary>Reads one article file named on the command line, as the build would read it.</summary>
internal static class ArticleFile
{
    /// <summary>The document of <paramref name="path"/>, or null with the one-line reason in <paramref name="error"/>.</summary>
    public static SourceDocument? Read(string path, out string? error)
    {
        if (!File.Exists(path))
        {
            error = $"file '{path}' does not exist; give an article file.";
            return null;
        }

        var result = new ArticleReader().Read(new InputFile(Path.GetFullPath(path), Path.GetFileName(path)));
        error = result.Document is null ? $"cannot read '{path}': {result.SkipReason}." : null;
        return result.Document;
    }
}
