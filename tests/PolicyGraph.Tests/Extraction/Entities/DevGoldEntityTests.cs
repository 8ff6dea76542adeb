using System.Text.Json;
using PolicyGraph.Graph;
using PolicyGraph.Pipeline;

namespace PolicyGraph.Tests.Extraction.Entities;

/// <summary>
/// The dev articles (../shared/eval/dev) scored as score.py scores them, for persons, positions and organisations:
/// floors just below what the pipeline reaches, so a change that loses entities fails here first.
/// </summary>
public sealed class DevGoldEntityTests
{
    [SkippableFact]
    public void Dev_gold_persons_positions_and_organisations_stay_above_their_floors()
    {
        var dev = SharedData.Path("eval", "dev");
        Skip.If(dev is null || !Directory.Exists(dev), SharedData.Absent);

        var result = BuildPipeline.CreateDefault().Run([dev]);
        Assert.True(result.Succeeded, result.Error);
        var score = DevGoldScore.Compute(result.Graph!, dev);

        Assert.True(score.Persons.F1 >= 0.97, "persons " + score.Persons);
        Assert.True(score.Positions.F1 >= 0.95, "positions " + score.Positions);
        Assert.True(score.Organizations.F1 >= 0.95, "organizations " + score.Organizations);
    }
}

/// <summary>Precision, recall and F1 with the misses and extras behind them.</summary>
internal sealed record Prf(double Precision, double Recall, double F1, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras)
{
    public override string ToString() =>
        $"P {Precision:F3} R {Recall:F3} F1 {F1:F3}; missed: {string.Join(", ", Misses)}; extra: {string.Join(", ", Extras)}";
}

/// <summary>A port of score.py's matching for persons, positions and organisations (GOLD-FORMAT.md, "How a system's output is matched").</summary>
internal static class DevGoldScore
{
    public static (Prf Persons, Prf Positions, Prf Organizations) Compute(KnowledgeGraph graph, string goldDir)
    {
        var docs = graph.NodesOf(NodeType.Document).ToDictionary(d => d.Id, d => Path.GetFileName(d.Properties.GetString("path")));
        var persons = new Tally();
        var positions = new Tally();
        var organizations = new Tally();
        foreach (var goldPath in Directory.GetFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var root = gold.RootElement;
            var file = root.GetProperty("file").GetString()!;
            var docId = docs.FirstOrDefault(d => d.Value == file).Key ?? string.Empty;
            var mentioned = graph.Edges.Where(e => e.Source == docId && e.Type is EdgeType.MENTIONS or EdgeType.PUBLISHED_BY)
                .Select(e => graph[e.Target]).ToList();

            var goldPersons = root.GetProperty("persons").EnumerateArray().ToList();
            persons.Add(file, [.. goldPersons.Select(p => p.GetProperty("name").GetString()!)],
                [.. mentioned.Where(n => n.Type == NodeType.Person).Select(n => n.Name)], (g, s) => g == s);

            var goldPositions = goldPersons.SelectMany(p => p.GetProperty("positions").EnumerateArray().Select(q =>
                $"{p.GetProperty("name").GetString()}|{q.GetProperty("title").GetString()}|{string.Join(";", OrgForms(q))}")).ToList();
            var systemPositions = graph.Edges.Where(e => e.Type == EdgeType.HOLDS_POSITION && e.Properties.GetString("document") == docId)
                .Select(e => $"{graph[e.Source].Name}|{e.Properties.GetString("title")}|{string.Join(";", Names(graph[e.Target]))}").Distinct().ToList();
            positions.Add(file, goldPositions, systemPositions, (g, s) =>
            {
                var gp = g.Split('|');
                var sp = s.Split('|');
                return gp[0] == sp[0] && gp[1] == sp[1] && gp[2].Split(';').Intersect(sp[2].Split(';')).Any();
            });

            var goldOrgs = root.GetProperty("organizations").EnumerateArray().Select(o => string.Join(";", OrgForms(o))).ToList();
            var implied = goldPersons.SelectMany(p => p.GetProperty("positions").EnumerateArray()).Select(q => OrgForms(q).ToHashSet()).ToList();
            var systemOrgs = mentioned.Where(n => n.Type == NodeType.Organization).Select(n => Names(n).ToHashSet())
                .Where(s => !implied.Any(i => i.Overlaps(s)) || goldOrgs.Any(g => s.Overlaps(g.Split(';'))))
                .Select(s => string.Join(";", s)).ToList();
            organizations.Add(file, goldOrgs, systemOrgs, (g, s) => g.Split(';').Intersect(s.Split(';')).Any());
        }

        return (persons.Result(), positions.Result(), organizations.Result());
    }

    private static IEnumerable<string> OrgForms(JsonElement o)
    {
        var name = o.TryGetProperty("name", out var n) ? n.GetString()! : o.GetProperty("org").GetString()!;
        var mentions = o.TryGetProperty("mentions", out var m) ? m : o.GetProperty("org_mentions");
        return mentions.EnumerateArray().Select(x => x.GetString()!).Prepend(name).Distinct();
    }

    private static IEnumerable<string> Names(Node node) => node.Properties.GetList("aliases").Prepend(node.Name).Distinct();

    private sealed class Tally
    {
        private int _truePositivesP;
        private int _system;
        private int _truePositivesR;
        private int _gold;
        private readonly List<string> _misses = [];
        private readonly List<string> _extras = [];

        public void Add(string file, List<string> gold, List<string> system, Func<string, string, bool> match)
        {
            _gold += gold.Count;
            _system += system.Count;
            foreach (var g in gold)
            {
                if (system.Any(s => match(g, s)))
                {
                    _truePositivesR++;
                }
                else
                {
                    _misses.Add(file + ": " + g);
                }
            }

            foreach (var s in system)
            {
                if (gold.Any(g => match(g, s)))
                {
                    _truePositivesP++;
                }
                else
                {
                    _extras.Add(file + ": " + s);
                }
            }
        }

        public Prf Result()
        {
            var p = _system == 0 ? 0 : (double)_truePositivesP / _system;
            var r = _gold == 0 ? 0 : (double)_truePositivesR / _gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), _misses, _extras);
        }
    }
}
