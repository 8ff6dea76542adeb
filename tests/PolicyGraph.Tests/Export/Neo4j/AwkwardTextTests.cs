using System.Text;
using PolicyGraph.Export.Neo4j.Bolt;
using PolicyGraph.Export.Neo4j.Csv;
using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Export.Neo4j;

/// <summary>
/// Random text built from the characters that break exporters (quotes, backslashes, separators, line breaks,
/// controls, emoji, lone surrogates, CJK) must come out as a script and CSV that Neo4j's checkers accept
/// (the script's check runs with the other scripts in <see cref="CypherScriptWriterTests"/>, to start node once).
/// </summary>
public sealed class AwkwardTextTests
{
    private static readonly string[] Pieces =
    [
        "'", "\"", "\\", "\\'", ",", ";", "|", "\n", "\r\n", "\r", "\t", "\0", "\u0001", "\u001F", "\u007F", "\u2028", "\u0085",
        "🚀", "👨‍👩‍👧", "\uD800", "\uDC00", "`", "$rows", "//", "/*", "*/", ":param", "date('')", "天津市科协", "“引号”", " ", "  ", "{", "}", "[", "]",
    ];

    internal static KnowledgeGraph RandomGraph(int seed)
    {
        var random = new Random(seed);
        string Text()
        {
            var sb = new StringBuilder();
            for (var i = random.Next(0, 8); i > 0; i--)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }

            return sb.ToString();
        }

        var nodes = new List<Node>();
        for (var i = 0; i < 40; i++)
        {
            var type = (NodeType)(i % 7);
            var props = Properties.Empty.With("aliases", [Text(), Text()]).With("text", Text())
                .With("date", PropertyValue.Date(i % 3 == 0 ? string.Empty : "2024-02-29")).With("weight", (long)random.Next(-1000, 1000));
            nodes.Add(new Node($"n{i}", type, Text(), props));
        }

        var edges = Enumerable.Range(0, 80).Select(i => new Edge($"n{random.Next(40)}", $"n{random.Next(40)}", (EdgeType)(i % 8),
            i % 2 == 0 ? Properties.Empty : Properties.Empty.With("document", Text()).With("start", (long)i).With("end", (long)i + 3).With("title", Text())));
        return new KnowledgeGraph(nodes, edges);
    }

    [Fact]
    public void Every_string_survives_packstream_exactly_except_lone_surrogates()
    {
        foreach (var node in RandomGraph(7).Nodes)
        {
            var back = (string)PackStreamReader.Decode(PackStreamWriter.Encode(node.Name))!;
            Assert.Equal(node.Name.Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD'), back);
        }
    }

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_awkward_text_passes_check_admin_csv(int seed)
    {
        Skip.If(ExternalTools.ToolsDir is null, SharedData.Absent + " (tools/neo4j)");
        Skip.IfNot(ExternalTools.OnPath("python3"), "python3 is needed for check-admin-csv.py");
        var folder = Path.Combine(Path.GetTempPath(), $"policygraph-csv-{Guid.NewGuid():N}");
        try
        {
            var export = AdminCsvWriter.WriteTo(RandomGraph(seed), folder);
            var (code, output) = ExternalTools.Run("python3", [Path.Combine(ExternalTools.ToolsDir!, "check-admin-csv.py"), .. export.Arguments], folder, timeoutSeconds: 60);
            Assert.True(code == 0, output);
            Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
