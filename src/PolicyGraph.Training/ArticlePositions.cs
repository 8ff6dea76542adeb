using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGraph.Extraction;
using PolicyGraph.Ingest;

namespace PolicyGraph.Training;

/// <summary>
/// Runs the default extractor over every line of a text file as an article (with a source and a date, so the
/// rules-first path that real articles take runs, not the lone-sentence path <c>extract --lines</c> takes) and prints
/// its positions, one JSON object a line ({"positions": [{"person", "title", "organization", "start", "end"} …]}).
/// <c>bench/quality/positions.py</c> scores them against CLUENER2020's labelled names, positions and organisations.
/// </summary>
internal static class ArticlePositions
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Run(string path, TextWriter output)
    {
        var extractor = DocumentExtractor.CreateDefault();
        var metadata = DocumentMetadata.Unknown with { Source = "新闻", Published = "2020-01-01" };
        var lines = File.ReadAllLines(path);
        var results = new DocumentExtraction[lines.Length];
        Parallel.For(0, lines.Length, i => results[i] = extractor.Extract(new SourceDocument($"line-{i + 1}", string.Empty, lines[i], metadata, [])));
        foreach (var result in results)
        {
            var positions = result.Positions.Select(p => new { person = p.Person, title = p.Title, organization = p.Organization, start = p.Span.Start, end = p.Span.End });
            output.WriteLine(JsonSerializer.Serialize(new { positions }, Options));
        }
    }
}
