using System.Text.Json;

namespace PolicyGraph.Training;

/// <summary>Reads CLUENER2020 JSON lines (<c>label[type][surface] = [[start, end inclusive], …]</c>).</summary>
internal static class ClueNerCorpus
{
    /// <summary>The CLUENER labels in model order; the first five are the ones PolicyGraph uses.</summary>
    public static readonly string[] Labels = ["name", "position", "government", "company", "organization", "address", "scene", "book", "game", "movie"];

    /// <summary>Every record of <paramref name="path"/>.</summary>
    public static List<TaggedSentence> Read(string path)
    {
        var sentences = new List<TaggedSentence>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString() ?? string.Empty;
            var entities = new List<(int, int, int)>();
            if (doc.RootElement.TryGetProperty("label", out var labels))
            {
                foreach (var type in labels.EnumerateObject())
                {
                    var label = Array.IndexOf(Labels, type.Name);
                    foreach (var surface in type.Value.EnumerateObject())
                    {
                        foreach (var span in surface.Value.EnumerateArray())
                        {
                            entities.Add((label, span[0].GetInt32(), span[1].GetInt32() + 1));
                        }
                    }
                }
            }

            sentences.Add(new TaggedSentence(text, Overlaps.RemoveNested(entities)));
        }

        return sentences;
    }

    /// <summary>The texts of <paramref name="path"/> only (used to keep evaluation sentences out of training).</summary>
    public static IEnumerable<string> Texts(string path) => Read(path).Select(s => s.Text);
}
