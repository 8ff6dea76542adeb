using System.Text.Json;
using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Statements;
using PolicyGraph.Ingest;
using Xunit.Abstractions;

namespace PolicyGraph.Tests.Extraction.Statements;

/// <summary>
/// Measures the statement step alone on the dev gold: the gold's people and organisations stand in for the entity
/// steps, so a drop here is the statement step's own.
/// </summary>
public sealed class DevStatementsWithGoldEntitiesTests(ITestOutputHelper output)
{
    private const double Floor = 0.95;

    [SkippableFact]
    public void Statements_on_the_dev_gold_stay_above_the_floor_when_entities_are_right()
    {
        var dev = SharedData.Path("eval", "dev");
        Skip.IfNot(dev is not null && Directory.Exists(dev), SharedData.Absent);
        int truePositives = 0, reported = 0, gold = 0, found = 0;
        foreach (var goldPath in Directory.GetFiles(dev, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
            var root = json.RootElement;
            var file = Path.Combine(dev, root.GetProperty("file").GetString()!);
            var read = Read(file);
            if (read?.Document is null)
            {
                output.WriteLine($"skipped {file}: {read?.SkipReason ?? "not readable by this build's ingest"}");
                continue;
            }

            var persons = root.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
            var orgs = root.GetProperty("organizations").EnumerateArray()
                .SelectMany(o => o.GetProperty("mentions").EnumerateArray().Select(m => (m.GetString()!, o.GetProperty("name").GetString()!))
                    .Append((o.GetProperty("name").GetString()!, o.GetProperty("name").GetString()!)))
                .ToList();
            var context = ContextBuilder.With(read.Document.Text, persons, orgs);
            new StatementStep().Run(context);
            var system = context.Statements.Select(s => (Speakers: SpeakerForms(s.Speaker, orgs), s.Text)).ToList();
            var expected = root.GetProperty("statements").EnumerateArray()
                .Select(s => (Speaker: s.GetProperty("speaker").GetString()!, Evidence: s.GetProperty("evidence")[0].GetString()!)).ToList();
            gold += expected.Count;
            reported += system.Count;
            foreach (var g in expected)
            {
                if (system.Any(s => s.Speakers.Contains(g.Speaker) && s.Text.Contains(g.Evidence, StringComparison.Ordinal)))
                {
                    found++;
                }
                else
                {
                    output.WriteLine($"missed {Path.GetFileName(file)}: {g.Speaker}: {g.Evidence}");
                }
            }

            foreach (var s in system)
            {
                if (expected.Any(g => s.Speakers.Contains(g.Speaker) && s.Text.Contains(g.Evidence, StringComparison.Ordinal)))
                {
                    truePositives++;
                }
                else
                {
                    output.WriteLine($"extra  {Path.GetFileName(file)}: {string.Join('/', s.Speakers)}: {s.Text[..Math.Min(30, s.Text.Length)]}");
                }
            }
        }

        var precision = reported == 0 ? 0 : (double)truePositives / reported;
        var recall = gold == 0 ? 0 : (double)found / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine($"statements P {precision:F3} R {recall:F3} F1 {f1:F3} ({reported} / {gold})");
        Assert.True(f1 >= Floor, $"Statement F1 {f1:F3} with gold entities fell below {Floor}.");
    }

    // The ingest step may not yet decode every encoding the dev set holds; such a file is left out, not fatal.
    private static IngestResult? Read(string file)
    {
        try
        {
            return new ArticleReader().Read(new InputFile(file, Path.GetFileName(file)));
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    private static HashSet<string> SpeakerForms(Speaker speaker, List<(string Form, string Canonical)> orgs) =>
        [speaker.Canonical, .. orgs.Where(o => o.Canonical == speaker.Canonical).Select(o => o.Form)];
}
