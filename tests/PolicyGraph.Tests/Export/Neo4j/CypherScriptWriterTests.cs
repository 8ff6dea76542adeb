using System.Text;
using PolicyGraph.Export.Neo4j;
using PolicyGraph.Export.Neo4j.Cypher;
using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Export.Neo4j;

public sealed class CypherScriptWriterTests
{
    private static string Script(KnowledgeGraph graph, int batchSize = CypherScriptWriter.DefaultBatchSize)
    {
        using var stream = new MemoryStream();
        new CypherScriptWriter(batchSize).Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void The_script_of_the_sample_graph_matches_its_golden_file()
    {
        Neo4jGolden.AssertMatches("graph.cypher", Script(Neo4jSampleGraph.Create()));
    }

    [Fact]
    public void Writes_a_uniqueness_constraint_for_every_label_before_any_data()
    {
        var script = Script(Neo4jSampleGraph.Create());
        var firstData = script.IndexOf(":param", StringComparison.Ordinal);
        foreach (var label in Enum.GetValues<NodeType>())
        {
            var constraint = script.IndexOf($"IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;", StringComparison.Ordinal);
            Assert.InRange(constraint, 0, firstData);
        }

        Assert.DoesNotContain("CREATE CONSTRAINT", script[firstData..], StringComparison.Ordinal);
    }

    [Fact]
    public void Never_writes_an_empty_date_and_writes_real_dates_as_date_values()
    {
        var script = Script(Neo4jSampleGraph.Create());
        Assert.DoesNotContain("date('')", script, StringComparison.Ordinal);
        Assert.Contains("published: date('2024-06-20')", script, StringComparison.Ordinal);
        Assert.Contains("{id: 'doc_2', props: {name: 'undated.html', path: 'seeds/undated.html', place: '', sha256: '00ff', source: ''}}", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_relationships_on_the_provenance_they_have_and_never_on_an_absent_property()
    {
        var script = Script(Neo4jSampleGraph.Create());
        Assert.Contains("MERGE (a)-[r:HOLDS_POSITION {document: row.document, start: row.start, end: row.end, title: row.title}]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:HOLDS_POSITION {document: row.document, title: row.title}]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:LOCATED_IN]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:SAID]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:ABOUT {start: row.start, end: row.end}]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:PART_OF {document: row.document, start: row.start, end: row.end}]->(b)", script, StringComparison.Ordinal);
        // One MENTIONS per (document, entity): its offsets mark the first mention and are updated, not matched.
        Assert.Contains("MERGE (a)-[r:MENTIONS]->(b)", script, StringComparison.Ordinal);
        Assert.Contains("{from: 'doc_1', to: 'per_1', props: {count: 3, end: 12, start: 10}}", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_every_statement_on_one_line_so_cypher_shell_reads_each_param_whole()
    {
        var lines = Script(Neo4jSampleGraph.Create()).Split('\n');
        Assert.All(lines.Where(l => l.StartsWith(":param", StringComparison.Ordinal)), l => Assert.EndsWith("]}", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O\\'Brien'")]
    [InlineData("a\\b", "'a\\\\b'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("第一行\n第二行\r\n", "'第一行\\n第二行\\r\\n'")]
    [InlineData("tab\there", "'tab\\there'")]
    [InlineData("bell\u0007 sep\u2028", "'bell\\u0007 sep\\u2028'")]
    [InlineData("火箭🚀", "'火箭🚀'")]
    public void Escapes_strings_as_cypher_literals(string text, string literal)
    {
        var sb = new StringBuilder();
        CypherLiteral.AppendString(sb, text);
        Assert.Equal(literal, sb.ToString());
    }

    [Fact]
    public void Replaces_a_lone_surrogate_which_utf8_cannot_carry()
    {
        var sb = new StringBuilder();
        CypherLiteral.AppendString(sb, "lone" + '\uD800' + "x");
        Assert.Equal("'lone\uFFFDx'", sb.ToString());
    }

    [Fact]
    public void Writes_whole_numbers_as_integers_floats_with_a_point_and_awkward_keys_back_quoted()
    {
        var sb = new StringBuilder();
        CypherLiteral.Append(sb, new OrderedDictionary<string, object?>
        {
            ["count"] = 42L,
            ["score"] = 42.0,
            ["big"] = 1e21,
            ["flag"] = true,
            ["none"] = null,
            ["key with space"] = "x",
            ["list"] = new[] { "a", "b" },
        });
        Assert.Equal("{count: 42, score: 42.0, big: 1E21, flag: true, none: null, `key with space`: 'x', list: ['a', 'b']}", sb.ToString());
    }

    [Fact]
    public void Splits_rows_into_batches_of_the_given_size()
    {
        var plan = new LoadPlanner(2).Plan(Neo4jSampleGraph.Create());
        Assert.All(plan.Batches, b => Assert.InRange(b.Rows.Count, 1, 2));
        Assert.Equal(11, plan.Batches.Where(b => !b.IsRelationships).Sum(b => b.Rows.Count));
        Assert.Equal(13, plan.Batches.Where(b => b.IsRelationships).Sum(b => b.Rows.Count));
        Assert.Equal(Enumerable.Range(1, plan.Batches.Count), plan.Batches.Select(b => b.Number));
    }

    [SkippableFact]
    public void The_scripts_of_the_sample_and_of_random_awkward_text_pass_neo4js_own_parser_and_semantic_checker()
    {
        var lib = ExternalTools.CypherLintLibrary(out var reason);
        Skip.If(lib is null, reason);
        var path = Path.Combine(Path.GetTempPath(), $"policygraph-{Guid.NewGuid():N}.cypher");
        try
        {
            File.WriteAllText(path, Script(Neo4jSampleGraph.Create()));
            File.WriteAllText(path + ".small-batches.cypher", Script(Neo4jSampleGraph.Create(), batchSize: 3));
            File.WriteAllText(path + ".awkward.cypher", Script(AwkwardTextTests.RandomGraph(3), batchSize: 7));
            var (code, output) = ExternalTools.Run("node", [Path.Combine(ExternalTools.ToolsDir!, "cypher-lint.mjs"), "--lib-dir", lib!, "--warnings-as-errors",
                path, path + ".small-batches.cypher", path + ".awkward.cypher"]);
            Assert.True(code == 0, output);
            Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".small-batches.cypher");
            File.Delete(path + ".awkward.cypher");
        }
    }
}
