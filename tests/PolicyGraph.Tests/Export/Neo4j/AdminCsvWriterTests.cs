using PolicyGraph.Export.Neo4j.Csv;
using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Export.Neo4j;

public sealed class AdminCsvWriterTests
{
    [Fact]
    public void The_files_of_the_sample_graph_match_their_golden_files()
    {
        var export = AdminCsvWriter.Render(Neo4jSampleGraph.Create());
        foreach (var file in export.Files)
        {
            Neo4jGolden.AssertMatches("csv/" + file.Name, file.Content);
        }

        Neo4jGolden.AssertMatches("csv/" + AdminCsvWriter.ImportScriptName, ImportScript.Render(export));
        Assert.Equal(
            ["nodes_Document.csv", "nodes_Person.csv", "nodes_Organization.csv", "nodes_Initiative.csv", "nodes_Event.csv", "nodes_Place.csv", "nodes_Statement.csv"],
            export.Files.Where(f => !f.IsRelationships).Select(f => f.Name));
    }

    [Fact]
    public void Types_columns_and_leaves_empty_dates_and_lists_as_empty_fields()
    {
        var files = AdminCsvWriter.Render(Neo4jSampleGraph.Create()).Files.ToDictionary(f => f.Name, f => f.Content.Split('\n'));
        Assert.Equal("id:ID(Document),:LABEL,name,path,place,published:date,sha256,source", files["nodes_Document.csv"][0]);
        Assert.Equal("\"doc_2\",Document,\"undated.html\",\"seeds/undated.html\",\"\",,\"00ff\",\"\"", files["nodes_Document.csv"][2]);
        Assert.Equal("id:ID(Person),:LABEL,name,aliases:string[],central:boolean,pagerank:double", files["nodes_Person.csv"][0]);
        Assert.Equal("\"per_2\",Person,\"Seán O'Brien \"\"Jr\"\"\",,,", files["nodes_Person.csv"][2]);
        Assert.Equal(":START_ID(Document),:END_ID(Person),:TYPE,count:int,end:int,start:int", files["relationships_MENTIONS_Document_Person.csv"][0]);
    }

    [Fact]
    public void Asks_for_multiline_fields_when_a_statement_holds_a_newline()
    {
        var export = AdminCsvWriter.Render(Neo4jSampleGraph.Create());
        Assert.Contains("--multiline-fields=true", export.Options);
        Assert.Contains("--multiline-fields=true", ImportScript.Render(export), StringComparison.Ordinal);
    }

    [Fact]
    public void Picks_another_array_delimiter_when_an_alias_holds_a_semicolon()
    {
        var node = new Node("org_1", NodeType.Organization, "甲;乙", Properties.Empty.With("aliases", ["甲;乙", "甲"]));
        var export = AdminCsvWriter.Render(new KnowledgeGraph([node], []));
        Assert.Equal(["--array-delimiter=|"], export.Options);
        Assert.Contains("\"甲;乙|甲\"", export.Files[0].Content, StringComparison.Ordinal);
        Assert.Contains("'--array-delimiter=|'", ImportScript.Render(export), StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_files_import_sh_and_constraints_into_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"policygraph-csv-{Guid.NewGuid():N}");
        try
        {
            var export = AdminCsvWriter.WriteTo(Neo4jSampleGraph.Create(), folder);
            Assert.All(export.Files, f => Assert.Equal(f.Content, File.ReadAllText(Path.Combine(folder, f.Name))));
            Assert.StartsWith("#!/bin/sh\n", File.ReadAllText(Path.Combine(folder, AdminCsvWriter.ImportScriptName)), StringComparison.Ordinal);
            Assert.Contains("policygraph_statement_id", File.ReadAllText(Path.Combine(folder, AdminCsvWriter.ConstraintsName)), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.True(File.GetUnixFileMode(Path.Combine(folder, AdminCsvWriter.ImportScriptName)).HasFlag(UnixFileMode.UserExecute));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public void The_export_passes_check_admin_csv_with_no_error_and_no_warning()
    {
        Skip.If(ExternalTools.ToolsDir is null, SharedData.Absent + " (tools/neo4j)");
        Skip.IfNot(ExternalTools.OnPath("python3"), "python3 is needed for check-admin-csv.py");
        var folder = Path.Combine(Path.GetTempPath(), $"policygraph-csv-{Guid.NewGuid():N}");
        try
        {
            var export = AdminCsvWriter.WriteTo(Neo4jSampleGraph.Create(), folder);
            var (code, output) = ExternalTools.Run("python3", [Path.Combine(ExternalTools.ToolsDir!, "check-admin-csv.py"), .. export.Arguments], folder, timeoutSeconds: 60);
            Assert.True(code == 0, output);
            Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
            Assert.Contains("nodes: 11 in 7 ID space(s); relationships: 13", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
