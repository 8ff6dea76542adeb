using System.Text;
using System.Text.Json;
using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

/// <summary>
/// The scoring of ../shared/eval/ner_score.py (exact spans, micro-averaged per label, the same label mapping) run
/// in process on the public dev sets, with floors just below what the shipped models reach.
/// </summary>
public sealed class NerDevSetScoreTests
{
    [SkippableFact]
    public void Peoples_Daily_dev_scores_stay_above_their_floors()
    {
        var path = SharedData.Path("corpora", "peoples-daily-ner-bio", "dev.txt");
        Skip.If(path is null || !File.Exists(path), SharedData.Absent);

        var f1 = Score(ReadPeoplesDaily(path!), s => s.Type switch
        {
            MentionType.Person => ["PER"],
            MentionType.Organization => ["ORG"],
            MentionType.Place => ["LOC"],
            _ => [],
        });

        Assert.True(f1["PER"] >= 0.85, $"PER F1 {f1["PER"]:F3}");
        Assert.True(f1["ORG"] >= 0.70, $"ORG F1 {f1["ORG"]:F3}");
        Assert.True(f1["LOC"] >= 0.82, $"LOC F1 {f1["LOC"]:F3}");
    }

    [SkippableFact]
    public void Cluener_dev_scores_stay_above_their_floors()
    {
        var path = SharedData.Path("corpora", "cluener2020", "dev.json");
        Skip.If(path is null || !File.Exists(path), SharedData.Absent);

        var f1 = Score(ReadClueNer(path!), s => s.Type switch
        {
            MentionType.Person => ["name"],
            MentionType.Title => ["position"],
            MentionType.Organization when s.Kind is "government" or "party" => ["government", "org-any"],
            MentionType.Organization when s.Kind is "company" => ["company", "org-any"],
            MentionType.Organization => ["organization", "org-any"],
            _ => [],
        });

        Assert.True(f1["name"] >= 0.72, $"name F1 {f1["name"]:F3}");
        Assert.True(f1["position"] >= 0.71, $"position F1 {f1["position"]:F3}");
        Assert.True(f1["government"] >= 0.71, $"government F1 {f1["government"]:F3}");
        Assert.True(f1["org-any"] >= 0.69, $"org-any F1 {f1["org-any"]:F3}");
    }

    private static Dictionary<string, double> Score(List<(string Text, HashSet<(string, int, int)> Gold)> sentences, Func<NerSpan, string[]> map)
    {
        var tp = new Dictionary<string, int>();
        var system = new Dictionary<string, int>();
        var gold = new Dictionary<string, int>();
        foreach (var (text, expected) in sentences)
        {
            var found = NerTagger.Default.Tag(text).SelectMany(s => map(s).Select(l => (l, s.Start, s.End))).ToHashSet();
            foreach (var f in found)
            {
                system[f.l] = system.GetValueOrDefault(f.l) + 1;
                tp[f.l] = tp.GetValueOrDefault(f.l) + (expected.Contains(f) ? 1 : 0);
            }

            foreach (var g in expected)
            {
                gold[g.Item1] = gold.GetValueOrDefault(g.Item1) + 1;
            }
        }

        return gold.Keys.ToDictionary(l => l, l =>
        {
            var p = system.GetValueOrDefault(l) == 0 ? 0 : (double)tp.GetValueOrDefault(l) / system[l];
            var r = (double)tp.GetValueOrDefault(l) / gold[l];
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        });
    }

    private static List<(string, HashSet<(string, int, int)>)> ReadPeoplesDaily(string path)
    {
        var sentences = new List<(string, HashSet<(string, int, int)>)>();
        var chars = new StringBuilder();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                var space = line.LastIndexOf(' ');
                chars.Append(space > 0 ? line[..space] : " ");
                tags.Add(line[(space + 1)..]);
                continue;
            }

            if (chars.Length == 0)
            {
                continue;
            }

            var spans = new HashSet<(string, int, int)>();
            int? start = null;
            var label = string.Empty;
            tags.Add("O");
            for (var i = 0; i < tags.Count; i++)
            {
                var t = tags[i];
                if (start is { } s && !(t.StartsWith("I-", StringComparison.Ordinal) && t[2..] == label))
                {
                    spans.Add((label, s, i));
                    start = null;
                }

                if (t.StartsWith("B-", StringComparison.Ordinal))
                {
                    (start, label) = (i, t[2..]);
                }
            }

            sentences.Add((chars.ToString(), spans));
            chars.Clear();
            tags.Clear();
        }

        return sentences;
    }

    private static List<(string, HashSet<(string, int, int)>)> ReadClueNer(string path)
    {
        var sentences = new List<(string, HashSet<(string, int, int)>)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var spans = new HashSet<(string, int, int)>();
            foreach (var type in doc.RootElement.GetProperty("label").EnumerateObject())
            {
                foreach (var span in type.Value.EnumerateObject().SelectMany(surface => surface.Value.EnumerateArray()))
                {
                    var (start, end) = (span[0].GetInt32(), span[1].GetInt32() + 1);
                    spans.Add((type.Name, start, end));
                    if (type.Name is "government" or "organization" or "company")
                    {
                        spans.Add(("org-any", start, end));
                    }
                }
            }

            sentences.Add((doc.RootElement.GetProperty("text").GetString()!.Replace('\n', ' ').Replace('\r', ' '), spans));
        }

        return sentences;
    }
}
