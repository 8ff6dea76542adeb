using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGraph.Ingest;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph text FILE [--json]</c>: the plain text whose offsets the graph counts.</summary>
internal sealed class TextCommand : Command
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Argument<string> _file = new("file") { Description = "An article file (.txt, .html, .htm)." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the text with its metadata and page-chrome spans as one JSON object." };

    public TextCommand()
        : base("text", "Print the plain text of one article exactly as the offsets in the graph count it.")
    {
        Arguments.Add(_file);
        Options.Add(_json);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var path = parse.GetValue(_file)!;
        if (ArticleFile.Read(path, out var error) is not { } document)
        {
            return CommandLine.Fail(error!);
        }

        // UTF-8 whatever the console's code page, so the printed text is byte for byte what offsets count.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        if (parse.GetValue(_json))
        {
            stdout.WriteLine(ToJson(document));
        }
        else
        {
            stdout.Write(document.Text);
        }

        return CommandLine.Done;
    }

    private static string ToJson(SourceDocument document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("path", document.Path);
            json.WriteString("sha256", document.Sha256);
            json.WriteString("title", document.Metadata.Title);
            json.WriteString("published", document.Metadata.Published);
            json.WriteString("source", document.Metadata.Source);
            json.WriteString("place", document.Metadata.Place);
            json.WriteStartArray("chrome");
            foreach (var span in document.Chrome)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("end", span.End);
                json.WriteString("text", span.Of(document.Text));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("text", document.Text);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
