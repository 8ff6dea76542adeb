using System.Diagnostics;
using PolicyGraph.Analysis;
using PolicyGraph.Export;
using PolicyGraph.Graph;
using Xunit;

namespace PolicyGraph.Tests.Analysis;

/// <summary>
/// Writes an analysed random multigraph as GraphML, reads it back with Debian's networkx (read as a
/// MultiDiGraph) and checks our stored PageRank and betweenness against networkx's own within 1e-6.
/// </summary>
public sealed class NetworkxCrossCheckTests
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, networkx as nx
        G = nx.read_graphml(sys.argv[1], force_multigraph=True)
        assert G.is_directed() and G.is_multigraph()
        pr = nx.pagerank(G, alpha=0.85, tol=1e-12)
        bc = nx.betweenness_centrality(nx.Graph(G.to_undirected()))
        print(max(abs(pr[n] - G.nodes[n]["pagerank"]) for n in G))
        print(max(abs(bc[n] - G.nodes[n]["betweenness"]) for n in G))
        print(max(abs(G.degree(n) - G.nodes[n]["degree"]) for n in G))
        """;

    [SkippableFact]
    public void Stored_pagerank_and_betweenness_equal_networkx_on_the_exported_graphml()
    {
        Skip.IfNot(File.Exists(Python) && HasNetworkx(), "needs Debian's /usr/bin/python3 with python3-networkx and python3-scipy");
        var graph = RandomMultigraph(seed: 11, nodes: 300, edges: 900);
        var annotated = new GraphAnalyzer().Analyze(graph).Annotate(graph);
        var folder = Directory.CreateTempSubdirectory("policygraph-nx-").FullName;
        try
        {
            GraphFiles.Write(annotated, folder);
            var script = Path.Combine(folder, "check.py");
            File.WriteAllText(script, Script.Replace("\r", string.Empty, StringComparison.Ordinal));
            var lines = RunPython(script, Path.Combine(folder, GraphFiles.GraphMl));

            Assert.True(lines.Length == 3, string.Join('\n', lines));
            Assert.InRange(double.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture), 0, 1e-6);
            Assert.InRange(double.Parse(lines[1], System.Globalization.CultureInfo.InvariantCulture), 0, 1e-6);
            Assert.Equal("0", lines[2]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Random edges with repeats, self-loops, nodes without out-edges and isolated nodes.</summary>
    private static KnowledgeGraph RandomMultigraph(int seed, int nodes, int edges)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(0, nodes).Select(i => "n" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var list = new List<(string, string)>();
        for (var i = 0; i < edges; i++)
        {
            // Only the first two thirds have out-edges; the square skews targets towards a few hubs.
            var from = ids[random.Next(nodes * 2 / 3)];
            var to = ids[(int)(nodes * Math.Pow(random.NextDouble(), 2))];
            list.Add((from, to));
            if (random.Next(10) == 0)
            {
                list.Add((from, to));
            }
        }

        return TestGraphs.Build(ids, list);
    }

    private static bool HasNetworkx()
    {
        try
        {
            return RunPython("-c", "import networkx, scipy; print(1)").FirstOrDefault() == "1";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string[] RunPython(params string[] args)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : ["python failed: " + error.Result];
    }
}
