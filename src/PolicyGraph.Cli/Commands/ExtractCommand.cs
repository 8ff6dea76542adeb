using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGraph.Extraction;
using PolicyGraph.Ingest;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph extract FILE… [--json] [--lines]</c>: what one document yields, with offsets.</summary>
internal sealed class ExtractCommand : Command
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Argument<string[]> _files = new("files") { Description = "Article files.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON (one object per document) instead of a listing." };
    private readonly Option<bool> _lines = new("--lines") { Description = "Treat each line of FILE as a separate document and print one JSON object per line, in order." };

    public ExtractCommand()
        : base("extract", "Show what extraction finds in documents: mentions, positions, statements, with offsets.")
    {
        Arguments.Add(_files);
        Options.Add(_json);
        Options.Add(_lines);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var files = parse.GetValue(_files)!;
        var json = parse.GetValue(_json);
        var extractor = DocumentExtractor.CreateDefault();
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        if (parse.GetValue(_lines))
        {
            foreach (var file in files)
            {
                if (!File.Exists(file))
                {
                    return CommandLine.Fail($"file '{file}' does not exist; give a UTF-8 file with one document per line.");
                }

                var lines = File.ReadAllText(file, Encoding.UTF8).Split('\n');
                if (lines.Length > 0 && lines[^1].Length == 0)
                {
                    lines = lines[..^1];
                }

                var results = new DocumentExtraction[lines.Length];
                Parallel.For(0, lines.Length, i =>
                {
                    var text = lines[i].TrimEnd('\r');
                    results[i] = extractor.Extract(new SourceDocument($"line-{i + 1}", string.Empty, text, DocumentMetadata.Unknown, []));
                });
                foreach (var result in results)
                {
                    stdout.WriteLine(ToJson(null, result, indented: false));
                }
            }

            return CommandLine.Done;
        }

        foreach (var file in files)
        {
            if (ArticleFile.Read(file, out var error) is not { } document)
            {
                return CommandLine.Fail(error!);
            }

            var extraction = extractor.Extract(document);
            stdout.WriteLine(json ? ToJson(document, extraction, indented: true) : ToListing(document, extraction));
        }

        return CommandLine.Done;
    }

    private static string ToJson(SourceDocument? document, DocumentExtraction extraction, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact with { Indented = indented, NewLine = "\n" }))
        {
            w.WriteStartObject();
            if (document is not null)
            {
                w.WriteString("path", document.Path);
                w.WriteString("title", document.Metadata.Title);
                w.WriteString("published", document.Metadata.Published);
                w.WriteString("source", document.Metadata.Source);
                w.WriteString("place", document.Metadata.Place);
            }

            w.WriteStartArray("mentions");
            foreach (var m in extraction.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("type", m.Type.ToString());
                w.WriteString("kind", m.Kind);
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("end", m.Span.End);
                w.WriteString("text", m.Text);
                w.WriteString("canonical", m.Canonical);
                if (m.Date.Length > 0)
                {
                    w.WriteString("date", m.Date);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("positions");
            foreach (var p in extraction.Positions)
            {
                w.WriteStartObject();
                w.WriteString("person", p.Person);
                w.WriteString("title", p.Title);
                w.WriteString("organization", p.Organization);
                w.WriteString("kind", p.OrganizationKind);
                w.WriteString("status", p.Status == PositionStatus.Unspecified ? string.Empty : p.Status.ToString().ToLowerInvariant());
                w.WriteNumber("start", p.Span.Start);
                w.WriteNumber("end", p.Span.End);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("statements");
            foreach (var s in extraction.Statements)
            {
                w.WriteStartObject();
                w.WriteString("speaker", s.Speaker.Canonical);
                w.WriteString("speakerType", s.Speaker.Type.ToString());
                w.WriteString("cue", s.Cue);
                w.WriteString("mode", s.Mode.ToString().ToLowerInvariant());
                w.WriteNumber("start", s.Span.Start);
                w.WriteNumber("end", s.Span.End);
                w.WriteString("text", s.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string ToListing(SourceDocument document, DocumentExtraction extraction)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(document.Path).Append(": ").Append(document.Metadata.Title).Append('\n');
        foreach (var m in extraction.Mentions)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{m.Type,-13}{m.Span.Start,6}-{m.Span.End,-6}{m.Text}");
            sb.Append(m.Canonical != m.Text ? " → " + m.Canonical : string.Empty).Append(m.Kind.Length > 0 ? " (" + m.Kind + ")" : string.Empty).Append('\n');
        }

        foreach (var p in extraction.Positions)
        {
            sb.Append("Position     ").Append(p.Person).Append(" | ").Append(p.Title).Append(" @ ").Append(p.Organization).Append('\n');
        }

        foreach (var s in extraction.Statements)
        {
            sb.Append("Statement    ").Append(s.Speaker.Canonical).Append(' ').Append(s.Cue).Append(": ").Append(s.Text).Append('\n');
        }

        return sb.ToString();
    }
}
