using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Neo4j.Csv;

/// <summary>
/// Writes the graph as <c>neo4j-admin database import full</c> input: one node file per label with the id in that
/// label's ID space (<c>id:ID(Person)</c>), one relationship file per (type, start label, end label) pointing into
/// those spaces, typed property columns, every string quoted; plus <c>import.sh</c> with the exact command line
/// and <c>constraints.cypher</c>, since the import creates no constraints.
/// </summary>
public sealed class AdminCsvWriter
{
    /// <summary>The import script's file name.</summary>
    public const string ImportScriptName = "import.sh";

    /// <summary>The constraints script's file name.</summary>
    public const string ConstraintsName = "constraints.cypher";

    /// <summary>The files for <paramref name="graph"/>, in memory.</summary>
    public static AdminCsvExport Render(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var arrayDelimiter = ChooseArrayDelimiter(graph);
        var files = new List<AdminCsvFile>();
        var multiline = false;
        foreach (var label in Enum.GetValues<NodeType>())
        {
            var nodes = graph.NodesOf(label).ToList();
            if (nodes.Count == 0)
            {
                continue;
            }

            var columns = Columns(nodes.Select(n => n.Properties), ["id", "name"]);
            var sb = new StringBuilder();
            AppendLine(sb, [$"id:ID({label})", ":LABEL", "name", .. columns.Select(c => c.Header)]);
            foreach (var node in nodes)
            {
                multiline |= CsvText.HasLineBreak(node.Name);
                AppendLine(sb, [CsvText.Quote(node.Id), label.ToString(), CsvText.Quote(node.Name), .. Fields(columns, node.Properties, arrayDelimiter, ref multiline)]);
            }

            files.Add(new AdminCsvFile($"nodes_{label}.csv", sb.ToString(), IsRelationships: false));
        }

        var groups = graph.Edges.GroupBy(e => (e.Type, From: graph[e.Source].Type, To: graph[e.Target].Type))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.From).ThenBy(g => g.Key.To);
        foreach (var group in groups)
        {
            var (type, from, to) = group.Key;
            var columns = Columns(group.Select(e => e.Properties), []);
            var sb = new StringBuilder();
            AppendLine(sb, [$":START_ID({from})", $":END_ID({to})", ":TYPE", .. columns.Select(c => c.Header)]);
            foreach (var edge in group)
            {
                AppendLine(sb, [CsvText.Quote(edge.Source), CsvText.Quote(edge.Target), type.ToString(), .. Fields(columns, edge.Properties, arrayDelimiter, ref multiline)]);
            }

            files.Add(new AdminCsvFile($"relationships_{type}_{from}_{to}.csv", sb.ToString(), IsRelationships: true));
        }

        var options = new List<string>();
        if (arrayDelimiter != ';')
        {
            options.Add("--array-delimiter=" + (arrayDelimiter == '|' ? "|" : "U+001F"));
        }

        if (multiline)
        {
            options.Add("--multiline-fields=true");
        }

        return new AdminCsvExport(files, options);
    }

    /// <summary>Writes the CSV files, <c>import.sh</c> and <c>constraints.cypher</c> into <paramref name="folder"/>, all or none.</summary>
    public static AdminCsvExport WriteTo(KnowledgeGraph graph, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var export = Render(graph);
        var utf8 = new UTF8Encoding(false);
        var outputs = export.Files.Select(f => (f.Name, f.Content))
            .Append((ImportScriptName, ImportScript.Render(export)))
            .Append((ConstraintsName, ImportScript.RenderConstraints()))
            .Select(f => (Path.Combine(folder, f.Item1), (Action<Stream>)(s => s.Write(utf8.GetBytes(f.Item2)))))
            .ToList();
        AtomicFile.WriteAll(outputs, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(folder, ImportScriptName),
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return export;
    }

    private static List<CsvColumn> Columns(IEnumerable<Properties> all, string[] skip)
    {
        var values = new SortedDictionary<string, List<PropertyValue>>(StringComparer.Ordinal);
        foreach (var props in all)
        {
            foreach (var (key, value) in props.All)
            {
                if (!skip.Contains(key, StringComparer.Ordinal))
                {
                    (values.TryGetValue(key, out var list) ? list : values[key] = []).Add(value);
                }
            }
        }

        return [.. values.Select(kv => CsvColumn.For(kv.Key, kv.Value))];
    }

    private static List<string> Fields(List<CsvColumn> columns, Properties props, char arrayDelimiter, ref bool multiline)
    {
        var fields = new List<string>(columns.Count);
        foreach (var column in columns)
        {
            var field = column.Field(props.TryGet(column.Name, out var v) ? v : null, arrayDelimiter) ?? string.Empty;
            multiline |= CsvText.HasLineBreak(field);
            fields.Add(field);
        }

        return fields;
    }

    private static void AppendLine(StringBuilder sb, IEnumerable<string> fields) => sb.AppendJoin(',', fields).Append('\n');

    private static char ChooseArrayDelimiter(KnowledgeGraph graph)
    {
        var items = graph.Nodes.Select(n => n.Properties).Concat(graph.Edges.Select(e => e.Properties))
            .SelectMany(p => p.All).Where(kv => kv.Value.Kind == PropertyKind.StringList && !kv.Value.List.IsDefault)
            .SelectMany(kv => kv.Value.List).ToList();
        return CsvText.ArrayDelimiters.FirstOrDefault(d => !items.Any(i => i.Contains(d, StringComparison.Ordinal)), '\u001F');
    }
}

/// <summary>One CSV file of an admin-import export.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Content">The text (UTF-8, <c>\n</c> line ends, header in line 1).</param>
/// <param name="IsRelationships">Whether it is passed with <c>--relationships</c> rather than <c>--nodes</c>.</param>
public sealed record AdminCsvFile(string Name, string Content, bool IsRelationships);

/// <summary>The CSV files and the neo4j-admin options they need (beyond <c>--nodes</c>/<c>--relationships</c>).</summary>
public sealed record AdminCsvExport(IReadOnlyList<AdminCsvFile> Files, IReadOnlyList<string> Options)
{
    /// <summary>
    /// The neo4j-admin arguments for these files, relative to their folder: the options, then one
    /// <c>--nodes=FILE</c> or <c>--relationships=FILE</c> per file. <c>check-admin-csv.py</c> takes the same.
    /// </summary>
    public IReadOnlyList<string> Arguments =>
        [.. Options, .. Files.Select(f => (f.IsRelationships ? "--relationships=" : "--nodes=") + f.Name)];
}
