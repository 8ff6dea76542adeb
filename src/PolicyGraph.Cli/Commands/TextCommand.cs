using System.CommandLine;
using PolicyGraph.Ingest;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph text FILE</c>: the plain text whose offsets the graph counts.</summary>
internal sealed class TextCommand : Command
{
    private readonly Argument<string> _file = new("file") { Description = "An article file (.txt, .html, .htm)." };

    public TextCommand()
        : base("text", "Print the plain text of one article exactly as the offsets in the graph count it.")
    {
        Arguments.Add(_file);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var path = parse.GetValue(_file)!;
        if (!File.Exists(path))
        {
            return CommandLine.Fail($"file '{path}' does not exist; give an article file.");
        }

        var result = new ArticleReader().Read(new InputFile(Path.GetFullPath(path), Path.GetFileName(path)));
        if (result.Document is not { } document)
        {
            return CommandLine.Fail($"cannot read '{path}': {result.SkipReason}");
        }

        Console.Out.Write(document.Text);
        return CommandLine.Done;
    }
}
